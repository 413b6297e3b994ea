import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import { messageFiles } from "../../../../i18n/messages"
import { PAYMENT_METHODS } from "../../payment-views"
import {
  CASH_ON_DELIVERY_PROVIDER,
  paymentMethodOf,
  paymentProviderOf,
  rememberedPaymentMethod,
  sessionPaymentMethod,
  toPaymentMethods,
  VIETQR_PROVIDER,
} from "../checkout-payment"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
type PaymentCart = Pick<HttpTypes.StoreCart, "payment_collection" | "metadata">

function cartWith(providerIds: string[], metadata?: Record<string, unknown>): PaymentCart {
  const payment_sessions = providerIds.map((provider_id, i) => ({ id: `ps_${i}`, provider_id }))
  return { payment_collection: { id: "pc_1", payment_sessions }, metadata } as unknown as PaymentCart
}

void describe("toPaymentMethods", () => {
  void it("offers the region's providers the shop knows, cash on delivery first, and leaves out others", () => {
    const providers = [{ id: VIETQR_PROVIDER }, { id: "pp_paypal_paypal" }, { id: CASH_ON_DELIVERY_PROVIDER }]
    assert.deepEqual(toPaymentMethods({ payment_providers: providers, count: 3 }), ["cash_on_delivery", "vietqr"])
    // The International region: a card through Stripe, or nothing when Stripe is not set up.
    assert.deepEqual(toPaymentMethods({ payment_providers: [{ id: "pp_stripe_stripe" }] }), ["card"])
    assert.deepEqual(toPaymentMethods({ payment_providers: [] }), [])
  })

  void it("refuses an answer of another shape, naming where", () => {
    assert.throws(() => toPaymentMethods({ payment_providers: [{ name: "x" }] }), /payment-providers.*payment_providers\.0\.id/)
  })
})

void describe("payment providers and ways to pay", () => {
  void it("pairs each way to pay with its provider, both ways", () => {
    for (const method of PAYMENT_METHODS) assert.equal(paymentMethodOf(paymentProviderOf(method)), method)
    assert.equal(paymentProviderOf("vietqr"), "pp_vietqr_vietqr")
    assert.equal(paymentMethodOf("pp_stripe_stripe"), "card")
    assert.equal(paymentMethodOf("pp_paypal_paypal"), null)
    assert.equal(paymentMethodOf(undefined), null)
  })

  void it("reads the cart's session, else the choice remembered in its metadata", () => {
    assert.equal(sessionPaymentMethod(cartWith([VIETQR_PROVIDER])), "vietqr")
    assert.equal(sessionPaymentMethod(cartWith(["pp_stripe_stripe"])), "card")
    assert.equal(sessionPaymentMethod(cartWith(["pp_paypal_paypal"])), null)
    assert.equal(sessionPaymentMethod({ payment_collection: undefined }), null)
    assert.equal(rememberedPaymentMethod(cartWith([], { payment_method: "vietqr" })), "vietqr")
    assert.equal(rememberedPaymentMethod(cartWith([CASH_ON_DELIVERY_PROVIDER], { payment_method: "vietqr" })), "cash_on_delivery")
    assert.equal(rememberedPaymentMethod(cartWith([], { payment_method: "bitcoin" })), null)
  })

  void it("has a name and an explanation for every way to pay in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      const { method, hint } = messageFiles[locale].checkout.Checkout.payment
      for (const m of PAYMENT_METHODS) {
        assert.ok((method as Record<string, string>)[m]?.trim(), `${locale}: Checkout.payment.method.${m}`)
        assert.ok((hint as Record<string, string>)[m]?.trim(), `${locale}: Checkout.payment.hint.${m}`)
      }
    }
  })
})
