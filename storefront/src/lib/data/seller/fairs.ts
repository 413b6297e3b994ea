import "server-only"
import type { AppLocale } from "../../../i18n/routing"
import { isNotFoundError } from "../errors"
import { cooperativeFetch } from "./context"
import type { BoothReportView, FairVariantOption, SellerFairView } from "./fair-views"
import { toBoothReport, toFairVariantOptions, toSellerFairs } from "./mappers/fair"
import { productListSchema } from "./mappers/product"
import { parseResponse } from "./mappers/schema"
import { getSellerProduct } from "./products"
import type { SellerProductView } from "./product-views"

// The API's largest page: the application form lists every published product a booth may feature.
const MAX_PRODUCTS = 100
// Product details are read a few at a time, so a large catalogue does not flood the backend.
const DETAIL_BATCH = 8

/** The fairs the cooperative can join (taking applications, coming, live), each with its own booth — `GET /cooperative/fairs`. */
export async function listSellerFairs(locale: AppLocale): Promise<SellerFairView[]> {
  return toSellerFairs(await cooperativeFetch<unknown>("/cooperative/fairs"), locale, new Date())
}

/** One of those fairs, or null when the cooperative cannot join it (unknown, ended, a draft). */
export async function getSellerFair(id: string, locale: AppLocale): Promise<SellerFairView | null> {
  return (await listSellerFairs(locale)).find((fair) => fair.id === id) ?? null
}

/** The booth's figures at a fair, or null when it has no approved booth there (404) — `GET /cooperative/fairs/:id/report`. */
export async function getBoothReport(fairId: string, locale: AppLocale): Promise<BoothReportView | null> {
  try {
    return toBoothReport(await cooperativeFetch<unknown>(`/cooperative/fairs/${encodeURIComponent(fairId)}/report`), locale)
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

/**
 * Every variant a booth may feature, with its regular price — the published products (`GET /cooperative/products`),
 * then each one's variants (`GET /cooperative/products/:id`), since the list does not carry them.
 */
export async function listFairVariantOptions(locale: AppLocale): Promise<FairVariantOption[]> {
  const data = await cooperativeFetch<unknown>("/cooperative/products", { query: { status: "published", limit: MAX_PRODUCTS, offset: 0 } })
  const ids = parseResponse(productListSchema, data, "GET /cooperative/products").products.map((p) => p.id)
  const products: SellerProductView[] = []
  for (let i = 0; i < ids.length; i += DETAIL_BATCH) {
    const batch = await Promise.all(ids.slice(i, i + DETAIL_BATCH).map((id) => getSellerProduct(id)))
    products.push(...batch.filter((p) => p !== null))
  }
  return toFairVariantOptions(products, locale)
}
