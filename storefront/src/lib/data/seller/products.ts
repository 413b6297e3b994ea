import "server-only"
import type { AppLocale } from "../../../i18n/routing"
import { paginate } from "../../util/pagination"
import { isNotFoundError } from "../errors"
import { cooperativeFetch } from "./context"
import { toCategoryOptions, toProductRows, toSellerProductView } from "./mappers/product"
import type { CategoryOption, SellerProductRow, SellerProductStatus, SellerProductView } from "./product-views"
import type { SellerPage } from "./views"

/** Rows per page of the seller's lists (the API's default limit). */
export const SELLER_PAGE_SIZE = 20

export type ProductListQuery = { q: string; status: SellerProductStatus | null; page: number }

/** One page of the cooperative's products — `GET /cooperative/products?q=&status=&limit=&offset=`. */
export async function listSellerProducts(query: ProductListQuery, locale: AppLocale): Promise<SellerPage<SellerProductRow>> {
  const offset = (query.page - 1) * SELLER_PAGE_SIZE
  const data = await cooperativeFetch<unknown>("/cooperative/products", {
    query: { q: query.q || undefined, status: query.status ?? undefined, limit: SELLER_PAGE_SIZE, offset },
  })
  const { rows, count } = toProductRows(data, locale)
  const pagination = paginate(query.page, count, SELLER_PAGE_SIZE)
  return { items: rows, count, page: pagination.page, totalPages: pagination.totalPages }
}

/** One of the cooperative's products for the editor, or null on 404 — `GET /cooperative/products/:id`. */
export async function getSellerProduct(id: string): Promise<SellerProductView | null> {
  try {
    const { product } = await cooperativeFetch<{ product: unknown }>(`/cooperative/products/${encodeURIComponent(id)}`)
    return toSellerProductView(product)
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

/** The categories a product can be filed under — `GET /cooperative/categories`. */
export async function listCategoryOptions(locale: AppLocale): Promise<CategoryOption[]> {
  return toCategoryOptions(await cooperativeFetch<unknown>("/cooperative/categories"), locale)
}
