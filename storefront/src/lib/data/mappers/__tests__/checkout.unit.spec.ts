import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import type { PaymentMethod } from "../../payment-views"
import { firstOpenStep, parseShippingGroups, sumAmounts, toCheckoutView, type ShippingGroups } from "../checkout"
import { CASH_ON_DELIVERY_PROVIDER, VIETQR_PROVIDER } from "../checkout-payment"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NBSP = "\u00a0"
const vnd = (text: string) => `${text}${NBSP}₫`
/** What the Việt Nam region offers. */
const METHODS: PaymentMethod[] = ["cash_on_delivery", "vietqr"]

const address = { first_name: "Lan", last_name: "Nguyễn Thị", phone: "0912345678", address_1: "Thôn Làng Bục", city: "Xã Hàm Yên", province: "Tuyên Quang" }

function line(id: string, title: string, quantity: number, unit: number, created: string) {
  return { id, title, product_title: title, variant_title: null, quantity, unit_price: unit, total: unit * quantity, created_at: created }
}

/** Tea from one cooperative, oranges and honey from another, and a line no cooperative sells. */
function cart(overrides: Partial<HttpTypes.StoreCart> = {}): HttpTypes.StoreCart {
  return {
    id: "cart_1",
    currency_code: "vnd",
    email: "lan@example.vn",
    shipping_address: address,
    items: [
      line("item_tea", "Chè Shan tuyết", 2, 120000, "2026-11-23T01:00:00Z"),
      line("item_orange", "Cam sành Hàm Yên", 1, 170000, "2026-11-23T02:00:00Z"),
      line("item_honey", "Mật ong bạc hà", 1, 45000, "2026-11-23T03:00:00Z"),
      line("item_lost", "Măng khô", 1, 60000, "2026-11-23T04:00:00Z"),
    ],
    shipping_methods: [{ id: "sm_1", shipping_option_id: "so_tea_standard", amount: 30000 }],
    item_total: 515000,
    shipping_total: 30000,
    total: 545000,
    ...overrides,
  } as unknown as HttpTypes.StoreCart
}

function groups(): ShippingGroups {
  return parseShippingGroups({
    groups: [
      {
        cooperative: { id: "coop_tea", handle: "htx-che", name: "HTX Chè Shan tuyết Lũng Phìn" },
        item_ids: ["item_tea"],
        options: [
          { id: "so_tea_standard", name: "Giao tiêu chuẩn", amount: 30000, code: "standard" },
          { id: "so_tea_pickup", name: "Nhận tại hợp tác xã", amount: 0, code: "pickup" },
        ],
        selected_option_id: "so_tea_standard",
      },
      {
        cooperative: { id: "coop_orange", handle: "htx-cam", name: "HTX Cam sành Hàm Yên" },
        item_ids: ["item_honey", "item_orange"],
        options: [{ id: "so_orange_standard", name: "Giao tiêu chuẩn", amount: "35000", code: null }],
        selected_option_id: null,
      },
    ],
  })
}

void describe("toCheckoutView", () => {
  void it("groups the lines by cooperative, in the order they were added, each with its subtotal", () => {
    const view = toCheckoutView(cart(), groups(), METHODS, "vi")
    assert.deepEqual(
      view.groups.map((g) => [g.cooperativeName, g.lines.map((l) => l.title), g.subtotalLabel]),
      [
        ["HTX Chè Shan tuyết Lũng Phìn", ["Chè Shan tuyết"], vnd("240.000")],
        ["HTX Cam sành Hàm Yên", ["Cam sành Hàm Yên", "Mật ong bạc hà"], vnd("215.000")],
      ]
    )
    assert.deepEqual(view.orphanLines.map((l) => l.title), ["Măng khô"])
  })

  void it("adds the chosen shipping to a cooperative's total and leaves it open where none is chosen", () => {
    const [tea, orange] = toCheckoutView(cart(), groups(), METHODS, "vi").groups
    assert.equal(tea?.selectedOptionId, "so_tea_standard")
    assert.equal(tea?.shippingLabel, vnd("30.000"))
    assert.equal(tea?.totalLabel, vnd("270.000"))
    assert.deepEqual(tea?.options.map((o) => o.priceLabel), [vnd("30.000"), vnd("0")])
    assert.equal(orange?.selectedOptionId, null)
    assert.equal(orange?.shippingLabel, null)
    assert.equal(orange?.totalLabel, vnd("215.000"))
  })

  void it("takes the grand totals from the server", () => {
    const view = toCheckoutView(cart(), groups(), METHODS, "en")
    assert.equal(view.totalLabel, "₫545,000")
    assert.equal(view.itemTotalLabel, "₫515,000")
    assert.equal(view.shippingTotalLabel, "₫30,000")
  })

  void it("opens the first unfinished step", () => {
    assert.equal(toCheckoutView(cart({ shipping_address: undefined }), groups(), METHODS, "vi").firstOpenStep, "address")
    assert.equal(toCheckoutView(cart({ email: undefined }), groups(), METHODS, "vi").firstOpenStep, "address")
    assert.equal(toCheckoutView(cart(), groups(), METHODS, "vi").firstOpenStep, "shipping")
    const chosen = groups().map((g) => ({ ...g, selected_option_id: g.options[0]?.id ?? null }))
    const unpaid = toCheckoutView(cart(), chosen, METHODS, "vi")
    assert.equal(unpaid.shippingChosen, true)
    assert.equal(unpaid.firstOpenStep, "payment")
    const payment_collection = { id: "pc_1", payment_sessions: [{ id: "ps_1", provider_id: CASH_ON_DELIVERY_PROVIDER }] }
    const paid = toCheckoutView(cart({ payment_collection } as unknown as Partial<HttpTypes.StoreCart>), chosen, METHODS, "vi")
    assert.equal(paid.paymentChosen, true)
    assert.equal(paid.firstOpenStep, "review")
  })

  void it("shows the way to pay set up on the cart, and starts the payment step with the shopper's last choice", () => {
    const chosen = groups().map((g) => ({ ...g, selected_option_id: g.options[0]?.id ?? null }))
    const withSession = (provider_id: string, metadata?: Record<string, unknown>) =>
      cart({ payment_collection: { id: "pc_1", payment_sessions: [{ id: "ps_1", provider_id }] }, metadata } as unknown as Partial<HttpTypes.StoreCart>)
    const vietqr = toCheckoutView(withSession(VIETQR_PROVIDER), chosen, METHODS, "vi")
    assert.deepEqual([vietqr.paymentMethods, vietqr.paymentMethod, vietqr.preferredPaymentMethod, vietqr.firstOpenStep], [METHODS, "vietqr", "vietqr", "review"])
    // New totals dropped the session: the step opens again, on what the shopper picked before.
    const dropped = toCheckoutView(cart({ metadata: { payment_method: "vietqr" } } as Partial<HttpTypes.StoreCart>), chosen, METHODS, "vi")
    assert.deepEqual([dropped.paymentMethod, dropped.preferredPaymentMethod, dropped.firstOpenStep], [null, "vietqr", "payment"])
    assert.equal(toCheckoutView(cart(), chosen, METHODS, "vi").preferredPaymentMethod, "cash_on_delivery")
  })

  void it("counts a payment the region does not offer as not chosen", () => {
    const chosen = groups().map((g) => ({ ...g, selected_option_id: g.options[0]?.id ?? null }))
    const payment_collection = { id: "pc_1", payment_sessions: [{ id: "ps_1", provider_id: VIETQR_PROVIDER }] }
    const view = toCheckoutView(cart({ payment_collection } as unknown as Partial<HttpTypes.StoreCart>), chosen, ["cash_on_delivery"], "en")
    assert.deepEqual([view.paymentChosen, view.paymentMethod, view.preferredPaymentMethod, view.firstOpenStep], [false, null, "cash_on_delivery", "payment"])
  })

  void it("treats a remembered option the cooperative no longer offers as not chosen", () => {
    const stale = groups().map((g) => ({ ...g, selected_option_id: "so_gone" }))
    const view = toCheckoutView(cart(), stale, METHODS, "vi")
    assert.ok(view.groups.every((g) => g.selectedOptionId === null))
    assert.equal(view.shippingChosen, false)
  })
})

void describe("checkout helpers", () => {
  void it("adds amounts exactly, also for currencies with cents", () => {
    assert.equal(sumAmounts([0.1, 0.2], "usd"), 0.3)
    assert.equal(sumAmounts([125000, 30000, 0], "vnd"), 155000)
  })

  void it("orders the steps address, shipping, payment, review", () => {
    assert.equal(firstOpenStep({ address: false, shipping: true, payment: true }), "address")
    assert.equal(firstOpenStep({ address: true, shipping: false, payment: true }), "shipping")
    assert.equal(firstOpenStep({ address: true, shipping: true, payment: false }), "payment")
    assert.equal(firstOpenStep({ address: true, shipping: true, payment: true }), "review")
  })

  void it("refuses a shipping-groups answer of another shape, naming where", () => {
    assert.throws(() => parseShippingGroups({ groups: [{ cooperative: { id: "c" } }] }), /shipping-groups.*groups\.0\.cooperative/)
  })
})
