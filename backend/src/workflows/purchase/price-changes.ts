import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { paymentMethodOf } from "./payment-method"

/** A cart line as the price check reads it. */
export type PricedLine = { id: string; product_title?: string | null; variant_title?: string | null; title?: string | null; unit_price: BigNumberInput }

/** A line whose unit price the catalogue changed while the cart was open; amounts in the cart's minor units. */
export type PriceChange = { item_id: string; title: string; before: number; after: number }

const amount = (value: BigNumberInput) => MathBN.convert(value).toNumber()
const lineTitle = (line: PricedLine) =>
  [line.product_title ?? line.title ?? "", line.variant_title && line.variant_title !== "Default" ? line.variant_title : ""].filter(Boolean).join(" · ")

/** Lines present before and after re-pricing whose unit price moved (either way), in the cart's order. */
export function priceChanges(before: PricedLine[], after: PricedLine[]): PriceChange[] {
  const now = new Map(after.map((line) => [line.id, line]))
  return before.flatMap((line) => {
    const current = now.get(line.id)
    if (!current) return []
    const [was, is] = [amount(line.unit_price), amount(current.unit_price)]
    return was === is ? [] : [{ item_id: line.id, title: lineTitle(current), before: was, after: is }]
  })
}

/** One sentence naming what changed, for people (the storefront shows its own words with it). */
export function describePriceChanges(changes: PriceChange[], currency: string): string {
  const money = (n: number) => `${n.toLocaleString("en-US")} ${currency.toUpperCase()}`
  return `Prices changed since the cart was shown: ${changes.map((c) => `${c.title} ${money(c.before)} → ${money(c.after)}`).join("; ")}. The cart now has the new prices; review it and place the order again.`
}

/** The 409 answer when prices moved: a type clients test for, the sentence, and each change. */
export function priceChangedAnswer(changes: PriceChange[], currency: string) {
  return { type: "price_changed" as const, message: describePriceChanges(changes, currency), changes }
}

type RepricedCart = {
  completed_at?: string | Date | null
  items?: unknown[] | null
  payment_collection?: { payment_sessions?: ({ provider_id: string } | null)[] | null } | null
}

/**
 * Whether a cart is re-priced: an open cart with lines, except, when it is being placed, one paid by card. That card
 * was confirmed with Stripe (which takes the money at once) right after a price check, for the total the shopper saw;
 * re-pricing it then would refuse a purchase whose money is already taken. Without a confirmed card, placing fails
 * when the payment is authorized, so no cart gets old prices without having paid them.
 */
export function repricesBeforePlacing(cart: RepricedCart, { placing }: { placing: boolean }): boolean {
  if (cart.completed_at || !cart.items?.length) return false
  const paidByCard = (cart.payment_collection?.payment_sessions ?? []).some((s) => s && paymentMethodOf(s.provider_id) === "card")
  return !(placing && paidByCard)
}
