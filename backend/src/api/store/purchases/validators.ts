import { z } from "@medusajs/framework/zod"

/** POST /store/purchases body: the cart to place. */
export const StorePlacePurchase = z
  .object({ cart_id: z.string({ error: "cart_id is required." }).trim().min(1, { error: "cart_id is required." }).max(100) })
  .strict()
export type StorePlacePurchaseType = z.infer<typeof StorePlacePurchase>

/** GET /store/purchases/:id query: takes no parameters. */
export const StoreGetPurchase = z.object({}).strict()
export type StoreGetPurchaseType = z.infer<typeof StoreGetPurchase>
