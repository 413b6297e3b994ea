import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { LotFormValues } from "../../lot-views"
import { withOfficialOriginCommune } from "../lot-origin"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

const origin = (originCommune: string, originProvince = "Tuyên Quang") =>
  ({ variantId: "variant_1", originName: "Đồi cam thôn Bình Ca", originCommune, originProvince }) as LotFormValues

void describe("withOfficialOriginCommune", () => {
  void it("writes the commune as the official list does, however it was typed", () => {
    assert.deepEqual(withOfficialOriginCommune(origin("xa ham yen")), { values: origin("Xã Hàm Yên") })
    assert.deepEqual(withOfficialOriginCommune(origin("Hàm Yên")), { values: origin("Xã Hàm Yên") })
  })

  void it("refuses a commune the chosen province does not have", () => {
    assert.deepEqual(withOfficialOriginCommune(origin("Xã Tân Cương")), { errors: { originCommune: "commune_unknown" } })
  })

  void it("leaves an empty commune or an unchosen province to the form's own check", () => {
    assert.deepEqual(withOfficialOriginCommune(origin("")), { values: origin("") })
    assert.deepEqual(withOfficialOriginCommune(origin("Xã Hàm Yên", "")), { values: origin("Xã Hàm Yên", "") })
  })
})
