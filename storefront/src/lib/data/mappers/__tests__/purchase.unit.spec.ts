import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { messageFiles } from "../../../../i18n/messages"
import { PURCHASE_ORDER_STATES } from "../../purchase-views"
import { toPurchaseOrderState, toPurchaseView } from "../purchase"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NBSP = "\u00a0"

function purchase() {
  return {
    id: "pur_01",
    created_at: "2026-11-22T18:30:00.000Z",
    email: "lan@example.vn",
    currency_code: "vnd",
    total: 545000,
    orders: [
      {
        id: "order_tea",
        display_id: 7,
        cooperative: { handle: "htx-che", name: "HTX Chè Shan tuyết Lũng Phìn" },
        items: [{ title: "Chè Shan tuyết", variant_title: "100 g", quantity: 2, unit_price: 120000, total: 240000, thumbnail: null }],
        item_total: 240000,
        shipping_total: 30000,
        total: 270000,
        state: "new",
        shipments: [],
      },
      {
        id: "order_orange",
        display_id: 8,
        cooperative: { handle: "htx-cam", name: "HTX Cam sành Hàm Yên" },
        items: [{ title: "Cam sành Hàm Yên", variant_title: "5 kg", quantity: 1, unit_price: 170000, total: 170000, thumbnail: "http://x/cam.webp" }],
        item_total: 170000,
        shipping_total: 35000,
        total: 205000,
        state: "shipped",
        shipments: [{ carrier: "Viettel Post", tracking_code: "VTP123456789", shipped_at: "2026-11-24T02:00:00.000Z" }],
      },
    ],
  }
}

void describe("toPurchaseView", () => {
  void it("shows one entry per cooperative order with its lines, shipping and total, and the grand total", () => {
    const view = toPurchaseView(purchase(), "vi")
    assert.equal(view.totalLabel, `545.000${NBSP}₫`)
    assert.deepEqual(
      view.orders.map((o) => [o.number, o.cooperativeName, o.itemTotalLabel, o.shippingLabel, o.totalLabel, o.state]),
      [
        ["#7", "HTX Chè Shan tuyết Lũng Phìn", `240.000${NBSP}₫`, `30.000${NBSP}₫`, `270.000${NBSP}₫`, "new"],
        ["#8", "HTX Cam sành Hàm Yên", `170.000${NBSP}₫`, `35.000${NBSP}₫`, `205.000${NBSP}₫`, "shipped"],
      ]
    )
    assert.deepEqual(view.orders[0]?.items[0], {
      title: "Chè Shan tuyết",
      variantLabel: "100 g",
      quantity: 2,
      unitPriceLabel: `120.000${NBSP}₫`,
      totalLabel: `240.000${NBSP}₫`,
      thumbnail: null,
    })
  })

  void it("dates the purchase and its shipments in Việt Nam's time zone", () => {
    const view = toPurchaseView(purchase(), "en")
    // 18:30 UTC on the 22nd is already the 23rd in Hà Nội.
    assert.equal(view.createdLabel, "November 23, 2026")
    assert.deepEqual(view.orders[0]?.shipments, [])
    assert.deepEqual(view.orders[1]?.shipments, [{ carrier: "Viettel Post", trackingCode: "VTP123456789", shippedLabel: "November 24, 2026" }])
  })

  void it("keeps a shipment without carrier or code, so the page can say so", () => {
    const data = purchase()
    data.orders[1]!.shipments = [{ carrier: " ", tracking_code: null as unknown as string, shipped_at: "2026-11-24T02:00:00.000Z" }]
    assert.deepEqual(toPurchaseView(data, "vi").orders[1]?.shipments[0], { carrier: null, trackingCode: null, shippedLabel: "24 tháng 11, 2026" })
  })

  void it("refuses a purchase of another shape, naming where", () => {
    assert.throws(() => toPurchaseView({ id: "pur_01", orders: [] }, "vi"), /currency_code/)
  })
})

void describe("order states", () => {
  void it("names the known states and reads a newer one as processing", () => {
    for (const state of ["new", "confirmed", "shipped", "delivered", "canceled"]) assert.equal(toPurchaseOrderState(state), state)
    assert.equal(toPurchaseOrderState("returned"), "processing")
    assert.equal(toPurchaseOrderState(null), "processing")
  })

  void it("has words for every state in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      const words: Record<string, string> = messageFiles[locale].checkout.Purchase.state
      for (const state of PURCHASE_ORDER_STATES) assert.ok(words[state]?.trim(), `${locale}: Purchase.state.${state}`)
    }
  })
})
