import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { decodeCartMergeNotice, encodeCartMergeNotice, toCartMergeNotice } from "../cart-merge"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

const line = (product_title: string, variant_title: string | null = null, quantity = 1) => ({ variant_id: "variant_1", product_title, variant_title, quantity })
const merge = (added: unknown[], not_added: unknown[]) => ({ merge: { cart_id: "cart_1", added, not_added, merged_cart_ids: ["cart_0"], other_region_cart_ids: [] } })

void describe("toCartMergeNotice", () => {
  void it("counts the products that came over and names those that could not, with their variant", () => {
    const notice = toCartMergeNotice(merge([line("Chè Shan tuyết"), line("Cam sành", "Thùng 5 kg", 2)], [{ ...line("Mật ong bạc hà", "500 ml"), reason: "out_of_stock" }]))
    assert.deepEqual(notice, { added: 2, notAdded: ["Mật ong bạc hà (500 ml)"], notAddedCount: 1 })
  })

  void it("says nothing when nothing moved, and refuses an answer of another shape", () => {
    assert.equal(toCartMergeNotice(merge([], [])), null)
    assert.throws(() => toCartMergeNotice({ merge: { added: "all" } }))
  })

  void it("keeps the notice small enough for a cookie: five titles at most, the count of all", () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...line(`Sản phẩm ${i + 1}`), reason: "no_longer_sold" }))
    const notice = toCartMergeNotice(merge([], many))
    assert.equal(notice?.notAdded.length, 5)
    assert.equal(notice?.notAddedCount, 8)
  })
})

void describe("the notice's cookie", () => {
  void it("reads back what was written, and nothing from a cookie someone changed", () => {
    const notice = { added: 3, notAdded: ["Cam sành"], notAddedCount: 1 }
    assert.deepEqual(decodeCartMergeNotice(encodeCartMergeNotice(notice)), notice)
    assert.equal(decodeCartMergeNotice(undefined), null)
    assert.equal(decodeCartMergeNotice("{not json"), null)
    assert.equal(decodeCartMergeNotice(JSON.stringify({ added: "<script>", notAdded: [], notAddedCount: 0 })), null)
  })
})
