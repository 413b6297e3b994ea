import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { messageFiles } from "../../../../i18n/messages"
import { PAYMENT_STATUSES } from "../../payment-views"
import { PURCHASE_ORDER_STATES } from "../../purchase-views"
import { toPurchaseOrderState, toPurchasePayment, toPurchaseView } from "../purchase"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NBSP = "\u00a0"

const COD_AWAITING = { method: "cash_on_delivery" as const, status: "awaiting" as const, paid_at: null, transfer: null }

/** A VietQR order still awaiting its money, with the transfer the backend worked out. */
function vietQrAwaiting() {
  return {
    method: "vietqr" as const,
    status: "awaiting" as const,
    paid_at: null,
    transfer: {
      bank_bin: "970436",
      bank_name: "Vietcombank",
      account_number: "0011012345678",
      account_holder: "HTX CHE SHAN TUYET LUNG PHIN",
      amount: 270000,
      purpose: "HTXMARKET DH7",
      payload: "stand-in for the EMVCo text the backend builds",
    },
  }
}

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
        payment: COD_AWAITING,
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
        payment: COD_AWAITING,
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

  void it("says how each order is paid and where that stands", () => {
    const view = toPurchaseView(purchase(), "vi")
    assert.equal(view.paymentMethod, "cash_on_delivery")
    assert.deepEqual(view.orders[0]?.payment, { method: "cash_on_delivery", status: "awaiting", paidLabel: null, transfer: null })
  })

  void it("writes out a VietQR order's transfer: bank, account, exact amount in đồng and the content to type", () => {
    const data = purchase()
    data.orders[0]!.payment = vietQrAwaiting() as unknown as typeof COD_AWAITING
    const view = toPurchaseView(data, "vi")
    assert.equal(view.paymentMethod, "vietqr")
    assert.deepEqual(view.orders[0]?.payment.transfer, {
      payload: vietQrAwaiting().transfer.payload,
      bankBin: "970436",
      bankName: "Vietcombank",
      accountNumber: "0011012345678",
      accountHolder: "HTX CHE SHAN TUYET LUNG PHIN",
      amountLabel: `270.000${NBSP}₫`,
      purpose: "HTXMARKET DH7",
    })
    assert.equal(toPurchaseView(data, "en").orders[0]?.payment.transfer?.amountLabel, "₫270,000")
  })

  void it("keeps a bank the backend cannot name, with no holder, for the page to show by its code", () => {
    const payment = vietQrAwaiting()
    const transfer = toPurchasePayment({ ...payment, transfer: { ...payment.transfer, bank_name: null, account_holder: " " } }, "vi").transfer
    assert.deepEqual([transfer?.bankName, transfer?.bankBin, transfer?.accountHolder], [null, "970436", null])
  })

  void it("shows no transfer once the order is paid or canceled, and dates the payment in Việt Nam's time", () => {
    const paid = toPurchasePayment({ ...vietQrAwaiting(), status: "paid", paid_at: "2026-11-23T17:30:00.000Z" }, "en")
    assert.deepEqual(paid, { method: "vietqr", status: "paid", paidLabel: "November 24, 2026", transfer: null })
    assert.equal(toPurchasePayment({ ...vietQrAwaiting(), status: "canceled" }, "vi").transfer, null)
  })

  void it("refuses a payment of an unknown way or status, naming where", () => {
    const data = purchase()
    data.orders[0]!.payment = { ...COD_AWAITING, method: "bitcoin" } as unknown as typeof COD_AWAITING
    assert.throws(() => toPurchaseView(data, "vi"), /orders\.0\.payment\.method/)
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

  void it("has words for every payment status in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      const words: Record<string, string> = messageFiles[locale].checkout.Purchase.paymentStatus
      for (const status of PAYMENT_STATUSES) assert.ok(words[status]?.trim(), `${locale}: Purchase.paymentStatus.${status}`)
    }
  })
})
