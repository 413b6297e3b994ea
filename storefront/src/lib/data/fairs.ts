import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../i18n/routing"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { isNotFoundError } from "./errors"
import type { FairCategoryView, FairProductView, FairSection, FairsOverview, FairView } from "./fair-views"
import {
  type StoreFairDetail,
  type StoreFairList,
  type StoreFairProduct,
  toFairCardView,
  toFairProductViews,
  toFairView,
  toProductCategories,
} from "./mappers/fair"
import { getSdk } from "./sdk"

/** Most fairs one section of the fair list shows. */
const FAIRS_PER_SECTION = 12
/** Most products whose categories one fair page reads (the store API's page size is ample for a fair). */
const MAX_CATEGORISED_PRODUCTS = 100

// Fairs change rarely, and a fair turning live shows within the cache's 30 seconds.
async function listSection(section: FairSection, locale: AppLocale) {
  const { fairs } = await getSdk().client.fetch<StoreFairList>("/store/fairs", {
    query: { status: section, limit: FAIRS_PER_SECTION },
    next: catalogueCache(CACHE_TAGS.fairs),
  })
  return fairs.map((fair) => toFairCardView(fair, locale))
}

/** The fairs live now, coming and past, each in the backend's order — `GET /store/fairs?status=…`. */
export async function listFairsOverview(locale: AppLocale): Promise<FairsOverview> {
  const [live, upcoming, past] = await Promise.all([listSection("live", locale), listSection("upcoming", locale), listSection("past", locale)])
  return { live, upcoming, past }
}

/** A fair by slug with its booths, or null when the backend answers 404 — `GET /store/fairs/:slug`. */
export async function getFairBySlug(slug: string, locale: AppLocale): Promise<FairView | null> {
  try {
    const { fair } = await getSdk().client.fetch<{ fair: StoreFairDetail }>(`/store/fairs/${encodeURIComponent(slug)}`, {
      next: catalogueCache(CACHE_TAGS.fairs),
    })
    return toFairView(fair, locale)
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

/** The shop categories of some products, by product id — `GET /store/products?id[]=…&fields=id,*categories`. */
async function listProductCategories(ids: string[], locale: AppLocale): Promise<Map<string, FairCategoryView[]>> {
  const wanted = [...new Set(ids)].slice(0, MAX_CATEGORISED_PRODUCTS)
  if (wanted.length === 0) return new Map()
  const { products } = await getSdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { id: wanted, limit: wanted.length, fields: "id,*categories" },
    next: catalogueCache(CACHE_TAGS.products),
  })
  return toProductCategories(products, locale)
}

/**
 * The products a fair's booths feature at fair prices, with their categories, one booth's when `boothCode` is given —
 * `GET /store/fairs/:slug/products`, then the products' categories (the fair's rows do not carry them).
 */
export async function listFairProducts(slug: string, locale: AppLocale, boothCode: string | null = null): Promise<FairProductView[]> {
  const { products } = await getSdk().client.fetch<{ products: StoreFairProduct[] }>(`/store/fairs/${encodeURIComponent(slug)}/products`, {
    query: boothCode ? { booth: boothCode } : {},
    next: catalogueCache(CACHE_TAGS.fairs),
  })
  const categories = await listProductCategories(products.flatMap((row) => (row.product ? [row.product.id] : [])), locale)
  return toFairProductViews(products, locale, categories)
}

/** Counts one visit to a fair's page, or to a booth's — `POST /store/fairs/:slug/visits`. */
export async function recordFairVisit(slug: string, boothCode: string | null): Promise<void> {
  await getSdk().client.fetch(`/store/fairs/${encodeURIComponent(slug)}/visits`, { method: "POST", body: boothCode ? { booth_code: boothCode } : {} })
}
