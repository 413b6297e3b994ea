import "server-only"
import type { AppLocale } from "../../../i18n/routing"
import { paginate } from "../../util/pagination"
import { isNotFoundError } from "../errors"
import type { TraceLotView } from "../traceability-views"
import { cooperativeFetch } from "./context"
import { toLotRows, toSellerLotView, toUnitOptions, toVariantGroups } from "./mappers/lot"
import { productListSchema } from "./mappers/product"
import { parseResponse } from "./mappers/schema"
import type { LotVariantGroup, SellerLotRow, UnitOption } from "./lot-views"
import { getSellerProduct, SELLER_PAGE_SIZE } from "./products"
import type { SellerProductView } from "./product-views"
import type { SellerPage } from "./views"

/** The lot list's filter and page, as read from the URL. */
export type LotListQuery = { productId: string | null; page: number }

// The API's largest page: the lot form lists every product a lot can be made of.
const MAX_PRODUCTS = 100
// Product details are read a few at a time, so a large catalogue does not flood the backend.
const DETAIL_BATCH = 8

/** One page of the cooperative's lots, newest first — `GET /cooperative/lots?product_id=&limit=&offset=`. */
export async function listSellerLots(query: LotListQuery, locale: AppLocale): Promise<SellerPage<SellerLotRow>> {
  const offset = (query.page - 1) * SELLER_PAGE_SIZE
  const data = await cooperativeFetch<unknown>("/cooperative/lots", {
    query: { product_id: query.productId ?? undefined, limit: SELLER_PAGE_SIZE, offset },
  })
  const { rows, count } = toLotRows(data, locale)
  const pagination = paginate(query.page, count, SELLER_PAGE_SIZE)
  return { items: rows, count, page: pagination.page, totalPages: pagination.totalPages }
}

/** One of the cooperative's lots with its history, or null on 404 — `GET /cooperative/lots/:id`. */
export async function getSellerLot(id: string, locale: AppLocale): Promise<TraceLotView | null> {
  try {
    const { lot } = await cooperativeFetch<{ lot: unknown }>(`/cooperative/lots/${encodeURIComponent(id)}`)
    return toSellerLotView(lot, locale)
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

/**
 * Every variant a lot can be made of, grouped by product — the product list (`GET /cooperative/products`), then
 * each product's variants (`GET /cooperative/products/:id`), since the list does not carry them.
 */
export async function listLotVariantGroups(): Promise<LotVariantGroup[]> {
  const data = await cooperativeFetch<unknown>("/cooperative/products", { query: { limit: MAX_PRODUCTS, offset: 0 } })
  const ids = parseResponse(productListSchema, data, "GET /cooperative/products")
    .products.filter((p) => p.status !== "archived")
    .map((p) => p.id)
  const products: SellerProductView[] = []
  for (let i = 0; i < ids.length; i += DETAIL_BATCH) {
    const batch = await Promise.all(ids.slice(i, i + DETAIL_BATCH).map((id) => getSellerProduct(id)))
    products.push(...batch.filter((p) => p !== null))
  }
  return toVariantGroups(products)
}

/** The units a lot's quantity can be given in — `GET /cooperative/traceability/vocabulary`. */
export async function listLotUnits(locale: AppLocale): Promise<UnitOption[]> {
  return toUnitOptions(await cooperativeFetch<unknown>("/cooperative/traceability/vocabulary"), locale)
}
