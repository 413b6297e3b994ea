import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../../i18n/routing"
import type { CartGroupView, CartPageView } from "../../../types/views"
import { formatMoney } from "../../util/money"
import { toCartView } from "./cart"
import { type ShippingGroups, sumAmounts } from "./checkout"

type Group = ShippingGroups[number]

/**
 * A group's shipping before checkout: the chosen option's amount when there is one, otherwise the cheapest standard
 * option (any option when there is no standard one) as a "from" price; null when the cooperative offers none yet.
 */
export function groupShipping(group: Pick<Group, "options" | "selected_option_id">): { amount: number; from: boolean } | null {
  const selected = group.options.find((o) => o.id === group.selected_option_id)
  if (selected) return { amount: selected.amount, from: false }
  const standard = group.options.filter((o) => o.code === "standard")
  const candidates = standard.length ? standard : group.options
  if (!candidates.length) return null
  return { amount: Math.min(...candidates.map((o) => o.amount)), from: true }
}

/** Maps a cart and its shipping groups to the cart page: lines under each cooperative with its subtotal and shipping, and the totals. */
export function toCartPageView(cart: HttpTypes.StoreCart, groups: ShippingGroups, locale: AppLocale): CartPageView {
  const currency = cart.currency_code
  const money = (value: number) => formatMoney(value, currency, locale)
  const view = toCartView(cart, locale)
  const itemAmount = new Map((cart.items ?? []).map((i) => [i.id, i.total ?? i.subtotal ?? i.unit_price * i.quantity]))
  const grouped = new Set(groups.flatMap((g) => g.item_ids))
  const shippingAmounts: number[] = []
  let estimated = false
  const groupViews = groups.map((group): CartGroupView => {
    const subtotal = sumAmounts(group.item_ids.map((id) => itemAmount.get(id) ?? 0), currency)
    const shipping = groupShipping(group)
    if (shipping) shippingAmounts.push(shipping.amount)
    if (!shipping || shipping.from) estimated = true
    return {
      cooperativeHandle: group.cooperative.handle,
      cooperativeName: group.cooperative.name,
      lines: view.lines.filter((line) => group.item_ids.includes(line.id)),
      subtotalLabel: money(subtotal),
      shippingLabel: shipping ? money(shipping.amount) : null,
      shippingFrom: shipping?.from ?? false,
    }
  })
  // A line no cooperative claims (its product was just unlisted) still shows, so the shopper can remove it.
  const orphans = view.lines.filter((line) => !grouped.has(line.id))
  if (orphans.length) {
    const subtotal = sumAmounts(orphans.map((l) => itemAmount.get(l.id) ?? 0), currency)
    groupViews.push({ cooperativeHandle: null, cooperativeName: null, lines: orphans, subtotalLabel: money(subtotal), shippingLabel: null, shippingFrom: false })
  }
  const items = sumAmounts([...itemAmount.values()], currency)
  const shippingTotal = sumAmounts(shippingAmounts, currency)
  return {
    cart: view,
    groups: groupViews,
    subtotalLabel: money(items),
    shippingLabel: shippingAmounts.length ? money(shippingTotal) : null,
    totalLabel: money(sumAmounts([items, shippingTotal], currency)),
    estimated,
  }
}
