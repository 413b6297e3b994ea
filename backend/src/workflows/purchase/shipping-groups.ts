import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** What a shopper chooses shipping for: one cooperative's lines and the options that cooperative offers for the cart's address. */
export type CartShippingGroup = {
  cooperative: { id: string; handle: string; name: string }
  item_ids: string[]
  options: { id: string; name: string; amount: number; code: string | null }[]
  selected_option_id: string | null
}

export type ShippingGroupCart = {
  items?: { id: string; product_id?: string | null; variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null }[] | null
  shipping_methods?: { shipping_option_id?: string | null; shipping_option?: { shipping_profile_id?: string | null } | null }[] | null
}

export type ShippingGroupProduct = { id: string; cooperative?: { id: string; handle: string; name: string } | null }

export type PricedShippingOption = {
  id: string
  name: string
  shipping_profile_id: string
  amount?: BigNumberInput | null
  type?: { code?: string | null } | null
}

/** Groups a cart's lines by cooperative, each with the priced options of its products' shipping profile and the one chosen. */
export function groupShippingOptions(cart: ShippingGroupCart, products: ShippingGroupProduct[], options: PricedShippingOption[]): CartShippingGroup[] {
  const cooperativeOf = new Map(products.map((p) => [p.id, p.cooperative]))
  const groups = new Map<string, CartShippingGroup & { profiles: Set<string> }>()
  for (const item of cart.items ?? []) {
    const cooperative = item.product_id ? cooperativeOf.get(item.product_id) : undefined
    if (!cooperative) continue
    const group = groups.get(cooperative.id) ?? {
      cooperative: { id: cooperative.id, handle: cooperative.handle, name: cooperative.name },
      item_ids: [],
      options: [],
      selected_option_id: null,
      profiles: new Set<string>(),
    }
    group.item_ids.push(item.id)
    const profile = item.variant?.product?.shipping_profile?.id
    if (profile) group.profiles.add(profile)
    groups.set(cooperative.id, group)
  }
  return [...groups.values()].map(({ profiles, ...group }) => ({
    ...group,
    options: options
      .filter((o) => profiles.has(o.shipping_profile_id) && o.amount !== null && o.amount !== undefined)
      .map((o) => ({ id: o.id, name: o.name, amount: MathBN.convert(o.amount!).toNumber(), code: o.type?.code ?? null })),
    selected_option_id:
      (cart.shipping_methods ?? []).find((m) => profiles.has(m.shipping_option?.shipping_profile_id ?? ""))?.shipping_option_id ?? null,
  }))
}
