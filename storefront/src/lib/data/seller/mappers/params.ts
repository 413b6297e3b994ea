import type { OrderTab } from "../order-views"
import type { SellerProductStatus } from "../product-views"

const PRODUCT_STATUSES: readonly SellerProductStatus[] = ["draft", "published", "archived"]
const ORDER_TABS: readonly OrderTab[] = ["to_handle", "shipped", "canceled", "all"]

function first(raw: string | string[] | undefined): string {
  return (Array.isArray(raw) ? raw[0] : raw) ?? ""
}

/** `?status=` of the product list; anything unknown means every status. */
export function parseProductStatusParam(raw: string | string[] | undefined): SellerProductStatus | null {
  const value = first(raw)
  return PRODUCT_STATUSES.find((status) => status === value) ?? null
}

/** `?q=` of the product list, trimmed and bounded. */
export function parseSearchParam(raw: string | string[] | undefined): string {
  return first(raw).trim().slice(0, 100)
}

/** `?status=` of the order list; the "to handle" tab unless another is named. */
export function parseOrderTabParam(raw: string | string[] | undefined): OrderTab {
  const value = first(raw)
  return ORDER_TABS.find((tab) => tab === value) ?? "to_handle"
}
