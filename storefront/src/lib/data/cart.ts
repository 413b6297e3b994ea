import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import type { AppLocale } from "../../i18n/routing"
import type { CartMergeNoticeView, CartPageView } from "../../types/views"
import { customerFetch } from "./account/customer"
import { getCustomerToken } from "./account/session"
import { CartError } from "./cart-errors"
import { CART_NOTICE_COOKIE, getCartId, getCartNoticeCookie, setCartId } from "./cookies"
import { isNotFoundError } from "./errors"
import { countCartItems, isRetiredCart } from "./mappers/cart"
import { decodeCartMergeNotice, toCartMergeNotice } from "./mappers/cart-merge"
import { toCartPageView } from "./mappers/cart-groups"
import { parseShippingGroups } from "./mappers/checkout"
import { getCurrentRegion } from "./regions"
import { getSdk } from "./sdk"

const CART_FIELDS = "*items,*items.variant,*items.product,+items.thumbnail,+items.total,+subtotal,+total,+item_total,+metadata"

// A cart merged into another follows to it; a chain longer than this is not one the merge makes.
const MAX_MERGE_HOPS = 3

async function fetchCart(cartId: string): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(cartId)}`, {
      query: { fields: CART_FIELDS },
      cache: "no-store",
    })
    return cart
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

// Never cached: a cart changes with every click. Deduplicated per request so header and page share one call.
// A completed cart has become an order; the shopper starts a fresh one. A cart retired by a merge at sign-in on another
// device leads to the cart its lines moved to (`metadata.merged_into_cart_id`), so this browser follows the shopper.
const retrieveCart = cache(async (cartId: string): Promise<HttpTypes.StoreCart | null> => {
  let cart = await fetchCart(cartId)
  for (let hop = 0; cart && isRetiredCart(cart) && hop < MAX_MERGE_HOPS; hop++) cart = await fetchCart(String(cart.metadata?.merged_into_cart_id))
  return cart && !cart.completed_at && !isRetiredCart(cart) ? cart : null
})

/** The browser's open cart, its cookie moved on when the cart it named was merged into another; server actions only. */
async function currentCart(): Promise<HttpTypes.StoreCart | null> {
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCart(cartId) : null
  if (cart && cart.id !== cartId) await setCartId(cart.id)
  return cart
}

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
  const existing = await currentCart()
  if (existing) return existing.id
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
 * At sign-in: the cart this browser holds becomes the shopper's, and the lines of their open cart from another device in
 * the same region move into it (`POST /store/customers/me/carts/merge`); a browser without a cart picks up the shopper's
 * open cart instead. Returns what to tell the shopper, or null when nothing moved.
 */
export async function attachCartToCustomer(token: string): Promise<CartMergeNoticeView | null> {
  const cart = await currentCart()
  if (!cart) {
    const restored = await findCustomerCartId(token)
    if (restored) await setCartId(restored)
    return null
  }
  const data = await customerFetch<unknown>(token, "/store/customers/me/carts/merge", { method: "POST", body: { cart_id: cart.id } })
  return toCartMergeNotice(data)
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
  const cart = await currentCart()
  if (!cart) throw new CartError("cart_not_found")
  return cart.id
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

/** What a merge of carts at sign-in did, waiting to be told once (with the cookie the page clears after showing it); null otherwise. */
export async function getCartMergeNotice(): Promise<{ notice: CartMergeNoticeView; cookieName: string } | null> {
  const notice = decodeCartMergeNotice(await getCartNoticeCookie())
  return notice ? { notice, cookieName: CART_NOTICE_COOKIE } : null
}
