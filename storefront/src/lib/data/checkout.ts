import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import type { AppLocale } from "../../i18n/routing"
import { getConfig } from "../config"
import { getCustomer, getSavedAddresses } from "./account/customer"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import type { CheckoutAddressValues, CheckoutView, ForeignAddressValues } from "./checkout-views"
import { communeListOf } from "./communes"
import { CART_COOKIE, getCartId } from "./cookies"
import { isNotFoundError } from "./errors"
import { prefillCheckoutAddress, prefillForeignAddress } from "./mappers/account"
import { toCartAddressUpdate } from "./mappers/checkout-address"
import { parseShippingGroups, type ShippingGroups, toCheckoutView } from "./mappers/checkout"
import { isRetiredCart } from "./mappers/cart"
import { toForeignCartAddressUpdate } from "./mappers/foreign-address"
import { HOME_COUNTRY } from "./mappers/region"
import { CheckoutError } from "./mappers/checkout-error"
import {
  cardClientSecret,
  PAYMENT_METHOD_METADATA_KEY,
  paymentProviderOf,
  rememberedPaymentMethod,
  sessionPaymentMethod,
  toPaymentMethods,
} from "./mappers/checkout-payment"
import { parsePurchase } from "./mappers/purchase"
import type { PaymentMethod } from "./payment-views"
import { listRegions } from "./regions"
import { getSdk } from "./sdk"

const CHECKOUT_CART_FIELDS = [
  "id,email,region_id,currency_code,completed_at,item_total,subtotal,shipping_total,total,metadata",
  "*items,*items.variant,*items.product,+items.thumbnail,+items.total",
  "*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions",
].join(",")

const cartPath = (cartId: string) => `/store/carts/${encodeURIComponent(cartId)}`

// Never cached: the checkout changes with every step. Completed carts too, so placing twice can find the purchase.
async function retrieveCheckoutCart(cartId: string): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(cartPath(cartId), {
      query: { fields: CHECKOUT_CART_FIELDS },
      cache: "no-store",
    })
    return cart
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

async function listShippingGroups(cartId: string): Promise<ShippingGroups> {
  const data = await getSdk().client.fetch<unknown>(`${cartPath(cartId)}/shipping-groups`, { cache: "no-store" })
  return parseShippingGroups(data)
}

// A region's providers change only when an operator edits the region, so they are cached like the regions. A card
// needs Stripe's card form too, so it is offered only when this storefront has Stripe's publishable key.
async function listPaymentMethods(regionId: string | undefined): Promise<PaymentMethod[]> {
  if (!regionId) return []
  const data = await getSdk().client.fetch<unknown>("/store/payment-providers", {
    query: { region_id: regionId },
    next: catalogueCache(CACHE_TAGS.regions),
  })
  const stripeReady = !!getConfig().STRIPE_PUBLISHABLE_KEY
  return toPaymentMethods(data).filter((method) => method !== "card" || stripeReady)
}

/** The countries abroad the cart's region ships to; null for the Việt Nam region (or a region that includes it). */
async function abroadCountries(regionId: string | null | undefined): Promise<string[] | null> {
  const region = (await listRegions()).find((r) => r.id === regionId)
  if (!region || region.countryCodes.includes(HOME_COUNTRY)) return null
  return region.countryCodes
}

// Inside actions: the open cart with at least one line, or a code the page can show.
async function requireCart(): Promise<HttpTypes.StoreCart> {
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCheckoutCart(cartId) : null
  // A cart merged into another at sign-in on another device is no longer the one to pay; the cart page leads to that one.
  if (!cart || isRetiredCart(cart)) throw new CheckoutError("cart_not_found")
  if (cart.completed_at) throw new CheckoutError("cart_completed")
  if (!cart.items?.length) throw new CheckoutError("cart_empty")
  return cart
}

/**
 * The shopper's checkout, or null when there is no open cart with lines — `GET /store/carts/:id`, `…/shipping-groups`,
 * `GET /store/payment-providers?region_id=` and, when signed in, `GET /store/customers/me` for e-mail and saved addresses.
 */
export async function getCheckout(locale: AppLocale): Promise<CheckoutView | null> {
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCheckoutCart(cartId) : null
  if (!cart?.items?.length || cart.completed_at || isRetiredCart(cart)) return null
  const [groups, paymentMethods, customer, savedAddresses, abroad] = await Promise.all([
    listShippingGroups(cart.id),
    listPaymentMethods(cart.region_id),
    getCustomer(),
    getSavedAddresses(),
    abroadCountries(cart.region_id),
  ])
  const view = toCheckoutView(cart, groups, paymentMethods, locale, {
    abroadCountries: abroad ?? undefined,
    stripePublishableKey: getConfig().STRIPE_PUBLISHABLE_KEY,
  })
  // A signed-in shopper starts from their e-mail (and, in Việt Nam, their default address); what the cart holds already wins.
  if (abroad) return { ...view, foreignAddress: prefillForeignAddress(view.foreignAddress, customer) }
  const address = prefillCheckoutAddress(view.address, customer, savedAddresses)
  return { ...view, savedAddresses, address, communes: communeListOf(address.province) }
}

/** Saves e-mail and the (checked) address as shipping and billing address — `POST /store/carts/:id`. */
export async function saveCheckoutAddress(values: CheckoutAddressValues): Promise<void> {
  const cart = await requireCart()
  await getSdk().store.cart.update(cart.id, toCartAddressUpdate(values), { fields: "id" })
}

/** The countries the open cart can be delivered to abroad; null when it is a Việt Nam cart. */
export async function checkoutCountries(): Promise<string[] | null> {
  return abroadCountries((await requireCart()).region_id)
}

/** Saves e-mail and the (checked) address abroad as shipping and billing address — `POST /store/carts/:id`. */
export async function saveForeignCheckoutAddress(values: ForeignAddressValues): Promise<void> {
  const cart = await requireCart()
  await getSdk().store.cart.update(cart.id, toForeignCartAddressUpdate(values), { fields: "id" })
}

/**
 * Sets one shipping option per cooperative — `POST /store/carts/:id/shipping-methods` for each changed choice.
 * A new option of a cooperative replaces its old one, so unchanged choices are left alone.
 */
export async function chooseShippingOptions(optionIds: readonly string[]): Promise<void> {
  const cart = await requireCart()
  const groups = await listShippingGroups(cart.id)
  const changes = groups.map((group) => {
    const chosen = group.options.filter((o) => optionIds.includes(o.id))
    if (chosen.length !== 1 || !chosen[0]) throw new CheckoutError("shipping_missing")
    return chosen[0].id === group.selected_option_id ? null : chosen[0].id
  })
  // One after another: each call recalculates the same cart.
  for (const optionId of changes) {
    if (optionId) await getSdk().store.cart.addShippingMethod(cart.id, { option_id: optionId }, { fields: "id" })
  }
}

// A new session replaces the cart's old one (Medusa deletes it), so changing the way to pay needs nothing else.
async function startPaymentSession(cart: HttpTypes.StoreCart, method: PaymentMethod): Promise<void> {
  if (sessionPaymentMethod(cart) === method) return
  await getSdk().store.payment.initiatePaymentSession(cart, { provider_id: paymentProviderOf(method) }, { fields: "id" })
}

/**
 * Sets the way to pay, one the cart's region offers, and remembers it on the cart — `POST /store/carts/:id`,
 * `POST /store/payment-collections` and `…/:id/payment-sessions`.
 */
export async function choosePayment(method: PaymentMethod): Promise<void> {
  const cart = await requireCart()
  if (!(await listPaymentMethods(cart.region_id)).includes(method)) throw new CheckoutError("payment_unavailable")
  if (cart.metadata?.[PAYMENT_METHOD_METADATA_KEY] !== method) {
    const metadata = { ...cart.metadata, [PAYMENT_METHOD_METADATA_KEY]: method }
    await getSdk().store.cart.update(cart.id, { metadata }, { fields: "id" })
  }
  await startPaymentSession(cart, method)
}

/**
 * Re-prices the cart as placing it would, before a card is confirmed — `POST /store/carts/:id/price-check`. When a
 * price moved the store API answers 409 (the cart keeps the new prices and drops the card's session), so the card is
 * never charged a total the purchase would not have.
 */
export async function checkCartPrices(): Promise<void> {
  const cart = await requireCart()
  await getSdk().client.fetch(`/store/carts/${cart.id}/price-check`, { method: "POST", body: {} })
}

/**
 * Places the cart as one purchase (one order per cooperative) and forgets the cart — `POST /store/purchases`.
 * The store API returns the same purchase when the cart is placed again, so a repeated request is harmless.
 */
export async function placePurchase(): Promise<string> {
  const cartId = await getCartId()
  const cart = cartId ? await retrieveCheckoutCart(cartId) : null
  if (!cart) throw new CheckoutError("cart_not_found")
  // A cart already placed (a second click that got through, a second tab) is sent again: the answer is its purchase.
  if (!cart.completed_at) {
    if (!cart.items?.length) throw new CheckoutError("cart_empty")
    // Changing the address or shipping after choosing payment drops the payment session; set it up again, the same way.
    // Not a card's: a new Stripe payment would not be the one the shopper confirmed with their card.
    const method = rememberedPaymentMethod(cart) ?? "cash_on_delivery"
    if (method !== "card") await startPaymentSession(cart, method)
    else if (!cardClientSecret(cart)) throw new CheckoutError("card_failed")
  }
  const { purchase } = await getSdk().client.fetch<{ purchase: unknown }>("/store/purchases", {
    method: "POST",
    body: { cart_id: cart.id },
  })
  const { id } = parsePurchase(purchase)
  const store = await cookies()
  // Same path as when it was set, or the browser keeps the cookie for "/".
  store.delete({ name: CART_COOKIE, path: "/" })
  return id
}
