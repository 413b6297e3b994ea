import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatAddress, mapSellerIdentity, telHref, toCooperativeView, type StoreCooperative } from "../cooperative"
import { orangeProduct } from "./fixtures"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
function hamYen(overrides: Partial<StoreCooperative> = {}): StoreCooperative {
  return {
    id: "coop_hy",
    handle: "htx-cam-sanh-ham-yen",
    name: "Hợp tác xã Cam sành Hàm Yên",
    kind: "cooperative",
    street: "Thôn Làng Bục",
    commune: "Xã Hàm Yên",
    province: "Tuyên Quang",
    phone: "0207 3830 468",
    email: "lienhe@camsanhhamyen.vn",
    registration_number: "5000426718",
    legal_representative: "Hoàng Văn Thắng",
    founded_on: "2012-09-20T00:00:00.000Z",
    member_count: 64,
    sectors: ["cam sành", "quả sấy", "", "cam sành", null],
    description_vi: "Hợp tác xã trồng cam.",
    description_en: "Orange growers.",
    product_ids: ["prod_1", ""],
    ...overrides,
  }
}

void describe("toCooperativeView", () => {
  void it("gives the profile a shopper checks: full address, phone link, registration, representative, founding year", () => {
    const view = toCooperativeView(hamYen(), "vi")
    assert.equal(view.address, "Thôn Làng Bục, Xã Hàm Yên, Tuyên Quang")
    assert.equal(view.phone, "0207 3830 468")
    assert.equal(view.phoneHref, "tel:02073830468")
    assert.equal(view.email, "lienhe@camsanhhamyen.vn")
    assert.equal(view.registrationNumber, "5000426718")
    assert.equal(view.legalRepresentative, "Hoàng Văn Thắng")
    assert.equal(view.foundedYear, 2012)
    assert.equal(view.memberCount, 64)
    assert.deepEqual(view.sectors, ["cam sành", "quả sấy"])
    assert.deepEqual(view.productIds, ["prod_1"])
    assert.equal(view.description, "Hợp tác xã trồng cam.")
    assert.equal(toCooperativeView(hamYen(), "en").description, "Orange growers.")
  })

  void it("leaves out what the backend does not send instead of showing blanks", () => {
    const view = toCooperativeView(hamYen({ street: "", phone: null, founded_on: "not a date", kind: "company", sectors: null }), "vi")
    assert.equal(view.address, "Xã Hàm Yên, Tuyên Quang")
    assert.equal(view.phone, null)
    assert.equal(view.phoneHref, null)
    assert.equal(view.foundedYear, null)
    assert.equal(view.kind, null)
    assert.deepEqual(view.sectors, [])
  })
})

void describe("mapSellerIdentity", () => {
  void it("reads the seller's name, place, address, phone and registration number from the product's cooperative link", () => {
    const product = orangeProduct({
      cooperative: { ...hamYen(), street: "Thôn Làng Bục" },
    } as never)
    assert.deepEqual(mapSellerIdentity(product), {
      name: "Hợp tác xã Cam sành Hàm Yên",
      handle: "htx-cam-sanh-ham-yen",
      commune: "Xã Hàm Yên",
      province: "Tuyên Quang",
      address: "Thôn Làng Bục, Xã Hàm Yên, Tuyên Quang",
      phone: "0207 3830 468",
      phoneHref: "tel:02073830468",
      registrationNumber: "5000426718",
    })
  })

  void it("keeps name and link when the identity fields were not asked for, and is empty without a cooperative", () => {
    assert.deepEqual(mapSellerIdentity(orangeProduct()), {
      name: "Hợp tác xã Cam sành Phù Lưu",
      handle: "htx-cam-sanh-phu-luu",
      commune: null,
      province: null,
      address: null,
      phone: null,
      phoneHref: null,
      registrationNumber: null,
    })
    assert.equal(mapSellerIdentity(orangeProduct({ cooperative: [] } as never)), undefined)
    assert.equal(mapSellerIdentity(orangeProduct({ cooperative: { name: "", handle: "x" } } as never)), undefined)
  })
})

void describe("formatAddress and telHref", () => {
  void it("joins the parts that exist and builds a dialable link", () => {
    assert.equal(formatAddress(" Số 5 ", null, "Tuyên Quang"), "Số 5, Tuyên Quang")
    assert.equal(formatAddress(null, "", undefined), null)
    assert.equal(telHref("+84 912 345 678"), "tel:+84912345678")
    assert.equal(telHref("gọi"), null)
  })
})
