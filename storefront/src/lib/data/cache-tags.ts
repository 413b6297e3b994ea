/** Next.js fetch-cache tags for catalogue reads; carts are never cached, so they have none. */
export const CACHE_TAGS = {
  regions: "regions",
  categories: "categories",
  collections: "collections",
  products: "products",
  cooperatives: "cooperatives",
  ocop: "ocop",
  fairs: "fairs",
} as const

/** How long catalogue reads may be served from the fetch cache, in seconds. */
export const CATALOGUE_REVALIDATE_SECONDS = 30

/** `next` fetch options for a cached catalogue read under one tag. */
export function catalogueCache(tag: (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]) {
  return { revalidate: CATALOGUE_REVALIDATE_SECONDS, tags: [tag] }
}
