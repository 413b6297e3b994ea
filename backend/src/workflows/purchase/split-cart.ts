import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { CooperativeShare, ProductCooperative, PurchaseCart, PurchaseCartItem } from "./purchase-cart"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** How a line is named in a message to the shopper. */
export const itemName = (item: PurchaseCartItem) => {
  const title = item.product_title ?? item.title
  return item.variant_title ? `"${title} (${item.variant_title})"` : `"${title}"`
}

type ShareDraft = CooperativeShare & { profiles: Set<string>; covered: Set<string> }

/**
 * Splits a cart by selling cooperative. Refuses (400) an item whose cooperative is not approved, a cooperative without a
 * shipping method for its products, a shipping method no product uses, and a quantity its cooperative's stock cannot cover.
 */
export function splitCartByCooperative(
  cart: PurchaseCart,
  products: ProductCooperative[],
  optionProfiles: { id: string; shipping_profile_id: string }[]
): CooperativeShare[] {
  if (cart.completed_at) throw invalid("This cart has already been checked out; start a new cart.")
  if (!cart.email) throw invalid("Add an e-mail address to the cart: each cooperative needs it to reach you about your order.")
  if (cart.credit_lines?.length) throw invalid("Credit on a cart cannot be split between cooperatives yet; remove it to place the order.")
  const cooperativeOf = new Map(products.map((p) => [p.id, p.cooperative]))
  const profileOf = new Map(optionProfiles.map((o) => [o.id, o.shipping_profile_id]))
  const drafts = new Map<string, ShareDraft>()

  for (const item of cart.items ?? []) {
    const cooperative = item.product_id ? cooperativeOf.get(item.product_id) : undefined
    if (!cooperative || cooperative.status !== "approved") {
      throw invalid(`${itemName(item)} is sold by a cooperative that is not selling at the moment; remove it from the cart.`)
    }
    const locationId = cooperative.stock_location?.id
    if (!locationId) throw invalid(`${cooperative.name} cannot ship orders yet; remove its products from the cart.`)
    const draft = drafts.get(cooperative.id) ?? {
      cooperative: {
        id: cooperative.id,
        handle: cooperative.handle,
        name: cooperative.name,
        bank_bin: cooperative.bank_bin ?? null,
        bank_account_number: cooperative.bank_account_number ?? null,
        bank_account_holder: cooperative.bank_account_holder ?? null,
      },
      location_id: locationId,
      item_ids: [],
      shipping_method_ids: [],
      profiles: new Set<string>(),
      covered: new Set<string>(),
    }
    draft.item_ids.push(item.id)
    const profile = item.variant?.product?.shipping_profile?.id
    if (item.requires_shipping !== false && profile) draft.profiles.add(profile)
    drafts.set(cooperative.id, draft)
  }

  // A cart holds one shipping method per shipping profile, and each cooperative's products share its own profile.
  for (const method of cart.shipping_methods ?? []) {
    const profile = method.shipping_option_id ? profileOf.get(method.shipping_option_id) : undefined
    const draft = profile ? [...drafts.values()].find((d) => d.profiles.has(profile)) : undefined
    if (!profile || !draft) throw invalid(`The shipping method "${method.name}" is for none of the products in the cart; choose shipping again.`)
    draft.shipping_method_ids.push(method.id)
    draft.covered.add(profile)
  }

  const itemsById = new Map((cart.items ?? []).map((i) => [i.id, i]))
  return [...drafts.values()].map(({ profiles, covered, ...share }) => {
    if ([...profiles].some((p) => !covered.has(p))) throw invalid(`Choose a shipping option for the products of ${share.cooperative.name}.`)
    checkStock(
      share.item_ids.flatMap((id) => itemsById.get(id) ?? []),
      share.location_id
    )
    return share
  })
}

/** Refuses (400) when a location cannot cover the quantities of these lines; lines that allow backorder are not checked. */
export function checkStock(items: PurchaseCartItem[], locationId: string) {
  const needed = new Map<string, { quantity: BigNumberInput; available: BigNumberInput; item: PurchaseCartItem }>()
  for (const item of items) {
    const variant = item.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      const level = link.inventory?.location_levels?.find((l) => l.location_id === locationId)
      const available = level
        ? MathBN.sub(level.raw_stocked_quantity ?? level.stocked_quantity ?? 0, level.raw_reserved_quantity ?? level.reserved_quantity ?? 0)
        : 0
      const previous = needed.get(link.inventory_item_id)
      const quantity = MathBN.add(previous?.quantity ?? 0, MathBN.mult(link.required_quantity, item.quantity))
      needed.set(link.inventory_item_id, { quantity, available, item: previous?.item ?? item })
    }
  }
  for (const { quantity, available, item } of needed.values()) {
    if (MathBN.gte(available, quantity)) continue
    if (MathBN.lte(available, 0)) throw invalid(`${itemName(item)} is out of stock; remove it from the cart.`)
    throw invalid(`Only ${MathBN.convert(available).toString()} of ${itemName(item)} are left in stock; lower the quantity.`)
  }
}
