import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { messageFiles } from "../../../../../i18n/messages"
import { PAYMENT_STATUSES } from "../../../payment-views"
import { allowedOrderActions, orderPaymentStatus, toOrderRows, toSellerOrderView } from "../order"

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
  payment_method: "cash_on_delivery",
  paid_at: null,
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
    assert.deepEqual(toSellerOrderView(order, "vi").can, { confirm: false, ship: true, cancel: true, recordPayment: true })
    assert.deepEqual(allowedOrderActions("new", "awaiting"), { confirm: true, ship: true, cancel: true, recordPayment: true })
    // Cash on delivery comes in after shipping: the money can still be recorded.
    assert.deepEqual(allowedOrderActions("shipped", "awaiting"), { confirm: false, ship: false, cancel: false, recordPayment: true })
    assert.deepEqual(allowedOrderActions("delivered", "paid"), { confirm: false, ship: false, cancel: false, recordPayment: false })
    assert.deepEqual(allowedOrderActions("canceled", "canceled"), { confirm: false, ship: false, cancel: false, recordPayment: false })
  })

  void it("says how the order is paid and when the money was recorded; once recorded there is nothing more to record", () => {
    const awaiting = toSellerOrderView({ ...order, payment_method: "vietqr" }, "vi")
    assert.deepEqual([awaiting.paymentMethod, awaiting.paymentStatus, awaiting.paidLabel], ["vietqr", "awaiting", null])
    const paid = toSellerOrderView({ ...order, payment_method: "vietqr", paid_at: "2025-11-23T03:15:00Z" }, "en")
    assert.equal(paid.paymentStatus, "paid")
    // 03:15 UTC is 10:15 in Hà Nội.
    assert.match(paid.paidLabel ?? "", /Nov 23, 2025.*10:15/)
    assert.equal(paid.can.recordPayment, false)
  })

  void it("reads an order whose payment fields are missing or newer than the portal as cash on delivery, awaited", () => {
    const { payment_method: _method, paid_at: _paid, ...older } = order
    const view = toSellerOrderView(older, "vi")
    assert.deepEqual([view.paymentMethod, view.paymentStatus], ["cash_on_delivery", "awaiting"])
    assert.equal(toSellerOrderView({ ...order, payment_method: "momo" }, "vi").paymentMethod, "cash_on_delivery")
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

  void it("marks each row paid or awaiting", () => {
    const paid = { ...order, id: "order_2", payment_method: "vietqr", paid_at: "2025-11-23T03:15:00Z" }
    const { rows } = toOrderRows({ orders: [order, paid], count: 2 }, "vi")
    assert.deepEqual(rows.map((r) => [r.paymentMethod, r.paymentStatus]), [["cash_on_delivery", "awaiting"], ["vietqr", "paid"]])
  })
})

void describe("orderPaymentStatus", () => {
  void it("is paid once recorded, even if the order was canceled afterwards; nothing to pay when canceled before", () => {
    assert.equal(orderPaymentStatus("new", null), "awaiting")
    assert.equal(orderPaymentStatus("shipped", undefined), "awaiting")
    assert.equal(orderPaymentStatus("canceled", "2025-11-23T03:15:00Z"), "paid")
    assert.equal(orderPaymentStatus("canceled", null), "canceled")
  })

  void it("has words for every payment status in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      const words: Record<string, string> = messageFiles[locale].seller.SellerOrders.payment.status
      for (const status of PAYMENT_STATUSES) assert.ok(words[status]?.trim(), `${locale}: SellerOrders.payment.status.${status}`)
    }
  })
})
