import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import type { AppLocale } from "../../i18n/routing"
import type { CartPageView } from "../../types/views"
import { customerFetch } from "./account/customer"
import { getCustomerToken } from "./account/session"
import { readTokenClaims } from "./seller/mappers/session-token"
import { CartError } from "./cart-errors"
import { getCartId, setCartId } from "./cookies"
import { isNotFoundError } from "./errors"
import { countCartItems } from "./mappers/cart"
import { toCartPageView } from "./mappers/cart-groups"
import { parseShippingGroups } from "./mappers/checkout"
import { getCurrentRegion } from "./regions"
import { getSdk } from "./sdk"

const CART_FIELDS = "*items,*items.variant,*items.product,+items.thumbnail,+items.total,+subtotal,+total,+item_total"

// Never cached: a cart changes with every click. Deduplicated per request so header and page share one call.
const retrieveCart = cache(async (cartId: string): Promise<HttpTypes.StoreCart | null> => {
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(cartId)}`, {
      query: { fields: CART_FIELDS },
      cache: "no-store",
    })
    // A completed cart has become an order; the shopper starts a fresh one.
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
})

/**
 * The cart page: the open cart's lines grouped by cooperative with each group's shipping, or null when there is no
 * cart with lines — `GET /store/carts/:id` and `GET /store/carts/:id/shipping-groups` (uncached).
 */
export async function getCartPage(locale: AppLocale): Promise<CartPageView | null> {
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCart(cartId) : null
  if (!cart?.items?.length) return null
  const data = await getSdk().client.fetch<unknown>(`/store/carts/${encodeURIComponent(cart.id)}/shipping-groups`, { cache: "no-store" })
  return toCartPageView(cart, parseShippingGroups(data), locale)
}

/** Item count for the header; 0 when there is no cart or the backend cannot be reached. */
export async function getCartItemCount(): Promise<number> {
  const cartId = await getCartId()
  if (!cartId) return 0
  try {
    return countCartItems((await retrieveCart(cartId))?.items)
  } catch (error) {
    console.error("Could not read the cart for the header", error)
    return 0
  }
}

/** The signed-in shopper's open cart, perhaps left on another device — `GET /store/customers/me/open-cart`. */
async function findCustomerCartId(token: string): Promise<string | null> {
  const { cart_id } = await customerFetch<{ cart_id: string | null }>(token, "/store/customers/me/open-cart")
  return cart_id
}

async function getOrCreateCartId(): Promise<string> {
  const existing = await getCartId()
  if (existing && (await retrieveCart(existing))) return existing
  const token = await getCustomerToken()
  const restored = token ? await findCustomerCartId(token) : null
  if (restored) {
    await setCartId(restored)
    return restored
  }
  const region = await getCurrentRegion()
  // Created as the signed-in shopper, the cart belongs to them and follows them to other devices.
  const { cart } = await getSdk().store.cart.create({ region_id: region.id }, {}, token ? { authorization: `Bearer ${token}` } : {})
  await setCartId(cart.id)
  return cart.id
}

/**
 * At sign-in: the cart this browser holds becomes the shopper's (`POST /store/carts/:id/customer`); a browser without
 * one picks up the shopper's open cart from another device.
 */
export async function attachCartToCustomer(token: string): Promise<void> {
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCart(cartId) : null
  if (cart) {
    // A guest cart with an e-mail already names a guest customer; only the signed-in shopper's own is left alone.
    // Medusa sends `customer.id` by default (`customer_id` is not a field the store API lets one ask for).
    const owner = (cart as { customer?: { id?: string } | null }).customer?.id
    if (owner === readTokenClaims(token)?.actorId) return
    await customerFetch(token, `/store/carts/${encodeURIComponent(cart.id)}/customer`, { method: "POST", body: {}, query: { fields: "id" } })
    return
  }
  const restored = await findCustomerCartId(token)
  if (restored) await setCartId(restored)
}

/**
 * Moves the open cart to another region (`POST /store/carts/:id` with `region_id`): Medusa prices its lines in the
 * region's currency and drops shipping and payment chosen for the old one. No cart, or already there: nothing to do.
 */
export async function moveCartToRegion(regionId: string): Promise<void> {
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCart(cartId) : null
  if (!cart || cart.region_id === regionId) return
  await getSdk().store.cart.update(cart.id, { region_id: regionId }, { fields: "id" })
}

async function requireCartId(): Promise<string> {
  const cartId = await getCartId()
  if (!cartId) throw new CartError("cart_not_found")
  return cartId
}

/** Where a line was added from, kept on the line item so orders can be attributed (a fair's booth). */
export type LineItemOrigin = { fairSlug: string; boothCode: string }

/**
 * Adds a variant, creating the cart (and its cookie) on first use — `POST /store/carts/:id/line-items`.
 * A line added from a fair's booth carries `metadata: { fair_slug, booth_code }`.
 */
export async function addLineItem(variantId: string, quantity: number, origin?: LineItemOrigin): Promise<void> {
  const cartId = await getOrCreateCartId()
  const metadata = origin ? { metadata: { fair_slug: origin.fairSlug, booth_code: origin.boothCode } } : {}
  await getSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity, ...metadata })
}

/** Sets a line's quantity — `POST /store/carts/:id/line-items/:line_id`. */
export async function updateLineItem(lineId: string, quantity: number): Promise<void> {
  await getSdk().store.cart.updateLineItem(await requireCartId(), lineId, { quantity })
}

/** Removes a line — `DELETE /store/carts/:id/line-items/:line_id`. */
export async function removeLineItem(lineId: string): Promise<void> {
  await getSdk().store.cart.deleteLineItem(await requireCartId(), lineId)
}
