import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../i18n/routing"
import type { CollectionView } from "../../types/views"
import { CACHE_TAGS, catalogueCache } from "./cache-tags"
import { toCollectionView } from "./mappers/collection"
import { getSdk } from "./sdk"

const COLLECTION_FIELDS = "id,title,handle,metadata"

async function fetchCollections(query: Record<string, unknown>): Promise<HttpTypes.StoreCollection[]> {
  const { collections } = await getSdk().client.fetch<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { fields: COLLECTION_FIELDS, ...query },
    next: catalogueCache(CACHE_TAGS.collections),
  })
  return collections
}

/** Collections for the home page — `GET /store/collections?limit=12`. */
export async function listCollections(locale: AppLocale): Promise<CollectionView[]> {
  return (await fetchCollections({ limit: 12, order: "created_at" })).map((c) => toCollectionView(c, locale))
}

/** One collection by URL handle, or null — `GET /store/collections?handle=…`. */
export async function getCollectionByHandle(handle: string, locale: AppLocale): Promise<CollectionView | null> {
  const [collection] = await fetchCollections({ handle, limit: 1 })
  return collection ? toCollectionView(collection, locale) : null
}
