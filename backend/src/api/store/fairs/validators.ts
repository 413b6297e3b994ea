import { z } from "@medusajs/framework/zod"

export const STORE_FAIR_TIMES = ["live", "upcoming", "past"] as const

/** GET /store/fairs query. */
export const StoreListFairs = z
  .object({
    status: z.enum(STORE_FAIR_TIMES, { error: `status must be one of ${STORE_FAIR_TIMES.join(", ")}.` }).optional(),
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1).max(50).default(12),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0).max(10_000).default(0),
  })
  .strict()
export type StoreListFairsType = z.infer<typeof StoreListFairs>

/** GET /store/fairs/:slug query: takes no parameters. */
export const StoreGetFair = z.object({}).strict()

/** GET /store/fairs/:slug/products query: `booth` keeps one booth's products (its code). */
export const StoreListFairProducts = z
  .object({ booth: z.string().trim().regex(/^[A-Za-z0-9-]{1,12}$/, { error: "booth is a booth code, such as A12." }).optional() })
  .strict()
export type StoreListFairProductsType = z.infer<typeof StoreListFairProducts>

/** POST /store/fairs/:slug/visits body: a visit to the fair's page, or to one booth's (`booth_code`). */
export const StoreRecordFairVisit = z
  .object({ booth_code: z.string().trim().regex(/^[A-Za-z0-9-]{1,12}$/, { error: "booth_code is a booth code, such as A12." }).optional() })
  .strict()
export type StoreRecordFairVisitType = z.infer<typeof StoreRecordFairVisit>
