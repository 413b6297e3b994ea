import type { HttpTypes } from "@medusajs/types"
import { z } from "zod"
import type { AppLocale } from "../../../i18n/routing"
import { currencyDigits, formatMoney, toMinorUnits } from "../../util/money"
import type { CardPaymentView, CheckoutGroupView, CheckoutStep, CheckoutView } from "../checkout-views"
import type { PaymentMethod } from "../payment-views"
import { toCartView } from "./cart"
import { isAddressComplete, toAddressValues } from "./checkout-address"
import { cardClientSecret, rememberedPaymentMethod, sessionPaymentMethod } from "./checkout-payment"
import { isForeignAddressComplete, toCountryOptions, toForeignAddressValues } from "./foreign-address"

/** Where the cart's region delivers: Việt Nam, or the countries abroad it ships to; and Stripe's publishable key, if set. */
export type CheckoutContext = { abroadCountries?: readonly string[]; stripePublishableKey?: string }

const amount = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)])

/** `GET /store/carts/:id/shipping-groups`. */
export const shippingGroupsSchema = z.object({
  groups: z.array(
    z.object({
      cooperative: z.object({ id: z.string(), handle: z.string(), name: z.string() }),
      item_ids: z.array(z.string()),
      options: z.array(z.object({ id: z.string(), name: z.string(), amount, code: z.string().nullish() })),
      selected_option_id: z.string().nullish(),
    })
  ),
})

/** The cart's shipping groups as the store API sends them, checked. */
export type ShippingGroups = z.infer<typeof shippingGroupsSchema>["groups"]

/** Reads the shipping-groups response; a mismatch is a broken contract and says where. */
export function parseShippingGroups(data: unknown): ShippingGroups {
  const parsed = shippingGroupsSchema.safeParse(data)
  if (parsed.success) return parsed.data.groups
  const issue = parsed.error.issues[0]
  throw new Error(`The store API answered GET /store/carts/:id/shipping-groups with an unexpected shape at ${issue?.path.join(".") || "(root)"}.`)
}

/** Adds money amounts (main units) exactly, through integer minor units. */
export function sumAmounts(amounts: readonly number[], currencyCode: string): number {
  const minor = amounts.reduce((sum, value) => sum + toMinorUnits(value, currencyCode), 0)
  return minor / 10 ** currencyDigits(currencyCode)
}

/** The first step still to do, in the page's order; the review once all are done. */
export function firstOpenStep(done: { address: boolean; shipping: boolean; payment: boolean }): CheckoutStep {
  if (!done.address) return "address"
  if (!done.shipping) return "shipping"
  if (!done.payment) return "payment"
  return "review"
}

/**
 * Maps a cart, its shipping groups and its region's ways to pay to the checkout page: lines grouped by cooperative
 * with their choices and totals. A payment set up with a way the region no longer offers counts as not chosen. A region
 * abroad (`context.abroadCountries`) asks for a foreign address; a card payment carries what Stripe's form needs.
 */
export function toCheckoutView(
  cart: HttpTypes.StoreCart,
  groups: ShippingGroups,
  paymentMethods: PaymentMethod[],
  locale: AppLocale,
  context: CheckoutContext = {}
): CheckoutView {
  const currency = cart.currency_code
  const money = (value: number) => formatMoney(value, currency, locale)
  const lines = toCartView(cart, locale).lines
  const itemAmount = new Map((cart.items ?? []).map((i) => [i.id, i.total ?? i.subtotal ?? i.unit_price * i.quantity]))
  const methodAmount = new Map((cart.shipping_methods ?? []).map((m) => [m.shipping_option_id, m.amount]))
  const grouped = new Set(groups.flatMap((g) => g.item_ids))

  const groupViews = groups.map((group): CheckoutGroupView => {
    const selected = group.options.find((o) => o.id === group.selected_option_id) ?? null
    const subtotal = sumAmounts(group.item_ids.map((id) => itemAmount.get(id) ?? 0), currency)
    const shipping = selected ? (methodAmount.get(selected.id) ?? selected.amount) : null
    return {
      cooperativeId: group.cooperative.id,
      cooperativeHandle: group.cooperative.handle,
      cooperativeName: group.cooperative.name,
      lines: lines.filter((line) => group.item_ids.includes(line.id)),
      options: group.options.map((o) => ({ id: o.id, name: o.name, priceLabel: money(o.amount) })),
      selectedOptionId: selected?.id ?? null,
      subtotalLabel: money(subtotal),
      shippingLabel: shipping === null ? null : money(shipping),
      totalLabel: money(sumAmounts([subtotal, shipping ?? 0], currency)),
    }
  })

  const abroad = context.abroadCountries
  const address = toAddressValues(cart.email, abroad ? null : cart.shipping_address)
  const foreignAddress = toForeignAddressValues(cart.email, cart.shipping_address)
  const offered = (method: PaymentMethod | null) => (method && paymentMethods.includes(method) ? method : null)
  const paymentMethod = offered(sessionPaymentMethod(cart))
  const clientSecret = paymentMethod === "card" ? cardClientSecret(cart) : null
  const card: CardPaymentView | null =
    clientSecret && context.stripePublishableKey ? { clientSecret, publishableKey: context.stripePublishableKey } : null
  const done = {
    address: abroad ? isForeignAddressComplete(foreignAddress, abroad) : isAddressComplete(address),
    shipping: groupViews.length > 0 && groupViews.every((g) => g.selectedOptionId !== null),
    payment: paymentMethod !== null && (paymentMethod !== "card" || card !== null),
  }
  return {
    cartId: cart.id,
    destination: abroad ? "abroad" : "vietnam",
    address,
    foreignAddress,
    countries: abroad ? toCountryOptions(abroad, locale) : [],
    savedAddresses: [],
    communes: null,
    hasAddress: done.address,
    groups: groupViews,
    orphanLines: lines.filter((line) => !grouped.has(line.id)),
    shippingChosen: done.shipping,
    paymentChosen: done.payment,
    paymentMethods,
    paymentMethod,
    card,
    preferredPaymentMethod: offered(rememberedPaymentMethod(cart)) ?? paymentMethods[0] ?? null,
    itemTotalLabel: money(cart.item_total ?? cart.subtotal ?? 0),
    shippingTotalLabel: money(cart.shipping_total ?? 0),
    totalLabel: money(cart.total ?? 0),
    firstOpenStep: firstOpenStep(done),
  }
}
