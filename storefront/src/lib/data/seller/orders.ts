import "server-only"
import type { AppLocale } from "../../../i18n/routing"
import { paginate } from "../../util/pagination"
import { isNotFoundError } from "../errors"
import { cooperativeFetch } from "./context"
import { toOrderRows, toSellerOrderView } from "./mappers/order"
import type { OrderTab, SellerOrderRow, SellerOrderView } from "./order-views"
import { SELLER_PAGE_SIZE } from "./products"
import type { SellerPage } from "./views"

/** One page of the cooperative's orders in a tab — `GET /cooperative/orders?status=&limit=&offset=`. */
export async function listSellerOrders(tab: OrderTab, page: number, locale: AppLocale): Promise<SellerPage<SellerOrderRow>> {
  const data = await cooperativeFetch<unknown>("/cooperative/orders", {
    query: { status: tab, limit: SELLER_PAGE_SIZE, offset: (page - 1) * SELLER_PAGE_SIZE },
  })
  const { rows, count } = toOrderRows(data, locale)
  const pagination = paginate(page, count, SELLER_PAGE_SIZE)
  return { items: rows, count, page: pagination.page, totalPages: pagination.totalPages }
}

/** One of the cooperative's orders, or null on 404 — `GET /cooperative/orders/:id`. */
export async function getSellerOrder(id: string, locale: AppLocale): Promise<SellerOrderView | null> {
  try {
    const { order } = await cooperativeFetch<{ order: unknown }>(`/cooperative/orders/${encodeURIComponent(id)}`)
    return toSellerOrderView(order, locale)
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}
