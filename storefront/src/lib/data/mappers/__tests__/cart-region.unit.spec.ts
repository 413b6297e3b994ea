import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import type { RegionView } from "../../../../types/views"
import { countCartItems, toCartView } from "../cart"
import { pickRegion } from "../region"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NBSP = "\u00a0"

function cart(): HttpTypes.StoreCart {
  return {
    id: "cart_1",
    currency_code: "vnd",
    item_total: 290000,
    subtotal: 290000,
    items: [
      {
        id: "item_b",
        title: "5 kg",
        product_title: "Cam sành Hàm Yên",
        product_handle: "cam-sanh-ham-yen",
        product: { metadata: { title_en: "Hàm Yên King orange" } },
        variant_title: "5 kg",
        quantity: 1,
        unit_price: 200000,
        total: 200000,
        created_at: "2026-11-23T02:00:00Z",
      },
      {
        id: "item_a",
        title: "Mật ong bạc hà",
        product_title: "Mật ong bạc hà",
        variant_title: "500 ml",
        quantity: 2,
        unit_price: 45000,
        total: 90000,
        created_at: "2026-11-23T01:00:00Z",
      },
    ],
  } as unknown as HttpTypes.StoreCart
}

void describe("toCartView", () => {
  void it("keeps the server's totals, counts quantities and lists lines in the order added", () => {
    const view = toCartView(cart(), "vi")
    assert.equal(view.itemCount, 3)
    assert.equal(view.subtotalLabel, `290.000${NBSP}₫`)
    assert.deepEqual(
      view.lines.map((l) => [l.title, l.quantity, l.unitPriceLabel, l.totalLabel]),
      [
        ["Mật ong bạc hà", 2, `45.000${NBSP}₫`, `90.000${NBSP}₫`],
        ["Cam sành Hàm Yên", 1, `200.000${NBSP}₫`, `200.000${NBSP}₫`],
      ]
    )
    assert.equal(view.lines[1]?.productHandle, "cam-sanh-ham-yen")
  })

  void it("uses English product titles when known, Vietnamese otherwise", () => {
    const titles = toCartView(cart(), "en").lines.map((l) => l.title)
    assert.deepEqual(titles, ["Mật ong bạc hà", "Hàm Yên King orange"])
  })

  void it("counts nothing for a missing item list", () => {
    assert.equal(countCartItems(undefined), 0)
  })
})

void describe("pickRegion", () => {
  const vietnam: RegionView = { id: "reg_vn", name: "Việt Nam", currencyCode: "vnd", countryCodes: ["vn"] }
  const international: RegionView = { id: "reg_int", name: "International", currencyCode: "usd", countryCodes: ["us", "de"] }
  const regions = [international, vietnam]

  void it("prefers the remembered region, then the one selling to Vietnam", () => {
    assert.equal(pickRegion(regions, "reg_int")?.id, "reg_int")
    assert.equal(pickRegion(regions, undefined)?.id, "reg_vn")
    assert.equal(pickRegion(regions, "reg_deleted")?.id, "reg_vn")
  })

  void it("falls back to the first region, and to nothing when there are none", () => {
    assert.equal(pickRegion([international], undefined)?.id, "reg_int")
    assert.equal(pickRegion([], undefined), undefined)
  })
})
