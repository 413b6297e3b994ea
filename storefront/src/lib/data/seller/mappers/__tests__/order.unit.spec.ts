import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { allowedOrderActions, toOrderRows, toSellerOrderView } from "../order"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NBSP = "\u00a0"

const order = {
  id: "order_1",
  display_id: 1042,
  purchase_id: "pur_1",
  created_at: "2025-11-22T18:30:00Z",
  state: "confirmed",
  customer_name: "Trần Minh Anh",
  item_count: 3,
  total: 415000,
  currency_code: "vnd",
  email: "nguoimua@htx-market.vn",
  phone: "0912345678",
  shipping_address: {
    first_name: "Minh Anh",
    last_name: "Trần",
    address_1: "12 Phố Huế",
    address_2: "",
    city: "Phường Hai Bà Trưng",
    province: "Hà Nội",
    postal_code: null,
    country_code: "vn",
    phone: "0987654321",
  },
  items: [{ id: "item_1", title: "Chè Shan tuyết", variant_title: "Hộp 100 g", sku: "CHE-100", quantity: 2, unit_price: 180000, total: 360000, thumbnail: null }],
  shipping_methods: [{ name: "Giao hàng tiêu chuẩn", amount: 55000 }],
  subtotal: 360000,
  shipping_total: 55000,
  shipments: [],
  confirmed_at: "2025-11-23T01:00:00Z",
  cancel_reason: null,
}

void describe("toSellerOrderView", () => {
  void it("shows money in đồng, dates in Vietnam time and the address as lines", () => {
    const view = toSellerOrderView(order, "vi")
    assert.equal(view.displayId, "1042")
    assert.equal(view.totalLabel, `415.000${NBSP}₫`)
    assert.equal(view.items[0]?.unitPriceLabel, `180.000${NBSP}₫`)
    assert.equal(view.shippingTotalLabel, `55.000${NBSP}₫`)
    assert.equal(view.recipient, "Trần Minh Anh")
    assert.equal(view.phone, "0987654321")
    assert.deepEqual(view.addressLines, ["12 Phố Huế", "Phường Hai Bà Trưng, Hà Nội", "VN"])
    // 18:30 UTC on the 22nd is 01:30 on the 23rd in Hà Nội.
    assert.match(view.createdLabel, /23/)
  })

  void it("offers only the steps the order's state allows", () => {
    assert.deepEqual(toSellerOrderView(order, "vi").can, { confirm: false, ship: true, cancel: true })
    assert.deepEqual(allowedOrderActions("new"), { confirm: true, ship: true, cancel: true })
    assert.deepEqual(allowedOrderActions("shipped"), { confirm: false, ship: false, cancel: false })
    assert.deepEqual(allowedOrderActions("canceled"), { confirm: false, ship: false, cancel: false })
  })

  void it("formats a USD order in dollars", () => {
    assert.equal(toSellerOrderView({ ...order, currency_code: "usd", total: 16.6 }, "en").totalLabel, "$16.60")
  })

  void it("keeps the shipments and the cancel reason", () => {
    const shipped = toSellerOrderView(
      { ...order, state: "shipped", shipments: [{ id: "ful_1", carrier: "GHN", tracking_code: "GHN123", shipped_at: "2025-11-23T05:00:00Z" }] },
      "vi"
    )
    assert.deepEqual([shipped.shipments[0]?.carrier, shipped.shipments[0]?.trackingCode], ["GHN", "GHN123"])
    assert.equal(toSellerOrderView({ ...order, state: "canceled", cancel_reason: "Hết hàng" }, "vi").cancelReason, "Hết hàng")
  })
})

void describe("toOrderRows", () => {
  void it("maps the list and its count", () => {
    const { rows, count } = toOrderRows({ orders: [order], count: 7, limit: 20, offset: 0 }, "vi")
    assert.equal(count, 7)
    assert.deepEqual([rows[0]?.id, rows[0]?.state, rows[0]?.itemCount], ["order_1", "confirmed", 3])
  })
})
