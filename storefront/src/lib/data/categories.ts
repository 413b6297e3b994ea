import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../i18n/routing"
import type { CategoryView } from "../../types/views"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { toCategoryView } from "./mappers/category"
import { getSdk } from "./sdk"

const CATEGORY_FIELDS = "id,name,handle,description,metadata"

async function fetchCategories(query: Record<string, unknown>): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await getSdk().client.fetch<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { query: { fields: CATEGORY_FIELDS, ...query }, next: catalogueCache(CACHE_TAGS.categories) }
  )
  return product_categories
}

/** Categories for the home page — `GET /store/product-categories?limit=50`. */
export async function listCategories(locale: AppLocale): Promise<CategoryView[]> {
  const categories = await fetchCategories({ limit: 50 })
  return categories.map((c) => toCategoryView(c, locale))
}

/** One category by URL handle, or null — `GET /store/product-categories?handle=…`. */
export async function getCategoryByHandle(handle: string, locale: AppLocale): Promise<CategoryView | null> {
  const [category] = await fetchCategories({ handle, limit: 1 })
  return category ? toCategoryView(category, locale) : null
}
