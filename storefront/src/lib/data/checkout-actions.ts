"use server"

import { revalidatePath } from "next/cache"
import { unstable_rethrow } from "next/navigation"
import { getLocale } from "next-intl/server"
import { z } from "zod"
import { redirect } from "../../i18n/navigation"
import { checkCartPrices, checkoutCountries, choosePayment, chooseShippingOptions, placePurchase, saveCheckoutAddress, saveForeignCheckoutAddress } from "./checkout"
import { errorStatus } from "./errors"
import { readAddressValues, validateAddress } from "./mappers/checkout-address"
import { readForeignAddressValues, validateForeignAddress } from "./mappers/foreign-address"
import { type CheckoutActionResult, CheckoutError, type CheckoutErrorCode, toCheckoutError } from "./mappers/checkout-error"
import { PAYMENT_METHODS } from "./payment-views"

const shippingSchema = z.object({ optionIds: z.array(z.string().trim().min(1).max(200)).min(1).max(50) }).strict()
const paymentSchema = z.object({ method: z.enum(PAYMENT_METHODS) }).strict()

async function run(
  label: string,
  work: () => Promise<void>,
  fallback: CheckoutErrorCode,
  { redrawOnSuccess = true }: { redrawOnSuccess?: boolean } = {}
): Promise<CheckoutActionResult> {
  try {
    await work()
  } catch (error) {
    unstable_rethrow(error)
    const status = errorStatus(error)
    // A refusal the shopper can act on is expected; anything else is logged, never shown raw.
    const expected = error instanceof CheckoutError || (status !== undefined && status < 500)
    if (!expected) console.error(`Checkout step failed: ${label}`, error)
    const refused = toCheckoutError(error, fallback)
    // The backend re-priced the cart: the checkout must show the new prices before the shopper goes on.
    if (refused.code === "price_changed") revalidatePath("/", "layout")
    return { error: refused }
  }
  // The checkout and the header's cart count are both drawn from the cart.
  if (redrawOnSuccess) revalidatePath("/", "layout")
  return { error: null }
}

/** Step 1: checks and saves e-mail, name, phone and address; refused fields come back in `fields`. */
export async function saveAddressAction(form: FormData): Promise<CheckoutActionResult> {
  const checked = validateAddress(readAddressValues(form))
  if (!checked.values) return { error: { code: "invalid_input", detail: null }, fields: checked.fields }
  const values = checked.values
  return run("address", () => saveCheckoutAddress(values), "address_failed")
}

/** Step 1 abroad: checks and saves e-mail, name, phone and an address in one of the countries the cart's region ships to. */
export async function saveForeignAddressAction(form: FormData): Promise<CheckoutActionResult> {
  let countries: string[] | null
  try {
    countries = await checkoutCountries()
  } catch (error) {
    return { error: toCheckoutError(error, "address_failed") }
  }
  if (!countries) return { error: { code: "address_failed", detail: null } }
  const checked = validateForeignAddress(readForeignAddressValues(form), countries)
  if (!checked.values) return { error: { code: "invalid_input", detail: null }, fields: checked.fields }
  const values = checked.values
  return run("address abroad", () => saveForeignCheckoutAddress(values), "address_failed")
}

/** Step 2: one shipping option per cooperative of the cart. */
export async function chooseShippingAction(input: { optionIds: string[] }): Promise<CheckoutActionResult> {
  const parsed = shippingSchema.safeParse(input)
  if (!parsed.success) return { error: { code: "shipping_missing", detail: null } }
  return run("shipping", () => chooseShippingOptions(parsed.data.optionIds), "shipping_failed")
}

/** Step 3: the way to pay (cash on delivery or VietQR in Việt Nam, a card abroad), among those the cart's region offers. */
export async function choosePaymentAction(input: { method: string }): Promise<CheckoutActionResult> {
  const parsed = paymentSchema.safeParse(input)
  if (!parsed.success) return { error: { code: "payment_unavailable", detail: null } }
  return run("payment", () => choosePayment(parsed.data.method), "payment_failed")
}

/**
 * Step 4 with a card, before the card is confirmed: checks that the cart's prices still stand. When one moved the
 * review step is drawn again with the new prices and the shopper chooses the card again for the new total.
 */
export async function checkPricesAction(): Promise<CheckoutActionResult> {
  // Nothing is redrawn when the prices stand, so the card field keeps what the shopper typed.
  return run("price check", checkCartPrices, "place_failed", { redrawOnSuccess: false })
}

/** Step 4: places the order and opens the purchase page; returns only when placing failed. */
export async function placeOrderAction(): Promise<CheckoutActionResult> {
  let purchaseId = ""
  const result = await run(
    "place order",
    async () => {
      purchaseId = await placePurchase()
    },
    "place_failed"
  )
  if (result.error) return result
  return redirect({ href: `/purchases/${purchaseId}`, locale: await getLocale() })
}
