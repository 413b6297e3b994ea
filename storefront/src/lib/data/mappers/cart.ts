import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../../i18n/routing"
import type { CartLineView, CartView } from "../../../types/views"
import { formatMoney } from "../../util/money"
import { localizedField } from "./localize"

type LineItem = HttpTypes.StoreCartLineItem

function lineTitle(item: LineItem, locale: AppLocale): string {
  const vietnamese = item.product_title || item.title
  return localizedField(locale, vietnamese, item.product?.metadata, "title_en") ?? vietnamese
}

function toCartLineView(item: LineItem, currencyCode: string, locale: AppLocale): CartLineView {
  // The server's line total already carries tax and discounts; unit × quantity is only a fallback.
  const total = item.total ?? item.subtotal ?? item.unit_price * item.quantity
  return {
    id: item.id,
    title: lineTitle(item, locale),
    variantLabel: item.variant_title || null,
    productHandle: item.product_handle || item.product?.handle || null,
    thumbnail: item.thumbnail || item.variant?.thumbnail || null,
    quantity: item.quantity,
    unitPriceLabel: formatMoney(item.unit_price, currencyCode, locale),
    totalLabel: formatMoney(total, currencyCode, locale),
  }
}

/** Sum of quantities: what the header's cart badge counts. */
export function countCartItems(items: readonly Pick<LineItem, "quantity">[] | null | undefined): number {
  return (items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

/** Maps a store cart to the cart page view; lines in the order they were added. */
export function toCartView(cart: HttpTypes.StoreCart, locale: AppLocale): CartView {
  const items = [...(cart.items ?? [])].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  return {
    id: cart.id,
    itemCount: countCartItems(items),
    subtotalLabel: formatMoney(cart.item_total ?? cart.subtotal ?? 0, cart.currency_code, locale),
    lines: items.map((item) => toCartLineView(item, cart.currency_code, locale)),
  }
}

/** Whether a cart was retired by a merge at sign-in (its lines moved to the cart `metadata.merged_into_cart_id` names). */
export function isRetiredCart(cart: { metadata?: Record<string, unknown> | null }): boolean {
  const into = cart.metadata?.merged_into_cart_id
  return typeof into === "string" && into !== ""
}
