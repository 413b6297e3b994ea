import { z } from "@medusajs/framework/zod"

/** Most products one badge request may name. */
export const MAX_BADGE_PRODUCTS = 100

// `?product_id=a` arrives as a string, `?product_id=a&product_id=b` as an array.
const oneOrMany = z.preprocess((value) => (typeof value === "string" ? [value] : value), z.array(z.string().trim().min(1), { error: "product_id must be product ids." }))

/** GET /store/ocop/badges query: up to 100 products, or one cooperative. */
export const StoreListOcopBadges = z
  .object({
    product_id: oneOrMany
      .refine((ids) => ids.length <= MAX_BADGE_PRODUCTS, { error: `Ask for the badges of at most ${MAX_BADGE_PRODUCTS} products at a time.` })
      .optional(),
    cooperative_id: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((q) => (q.product_id?.length ? 1 : 0) + (q.cooperative_id ? 1 : 0) === 1, { error: "Name either product_id (one or more) or a cooperative_id." })
export type StoreListOcopBadgesType = z.infer<typeof StoreListOcopBadges>

/** The orders of the OCOP product list. */
export const OCOP_PRODUCT_SORTS = ["stars_desc", "stars_asc", "newest"] as const

/** GET /store/ocop/products query. */
export const StoreListOcopProducts = z
  .object({
    min_stars: z.coerce
      .number({ error: "min_stars must be 3, 4 or 5." })
      .refine((n) => [3, 4, 5].includes(n), { error: "min_stars must be 3, 4 or 5." })
      .optional(),
    category_id: z.string().trim().min(1).optional(),
    sort: z.enum(OCOP_PRODUCT_SORTS, { error: `sort must be one of ${OCOP_PRODUCT_SORTS.join(", ")}.` }).default("stars_desc"),
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1).max(100).default(20),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0).default(0),
  })
  .strict()
export type StoreListOcopProductsType = z.infer<typeof StoreListOcopProducts>
