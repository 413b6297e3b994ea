import { z } from "@medusajs/framework/zod"

/** GET /store/customers/me/purchases query: a page of the customer's purchases. */
export const StoreListCustomerPurchases = z
  .object({
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1, { error: "limit must be 1 to 50." }).max(50, { error: "limit must be 1 to 50." }).default(10),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0, { error: "offset must be 0 or more." }).default(0),
  })
  .strict()
export type StoreListCustomerPurchasesType = z.infer<typeof StoreListCustomerPurchases>

/** GET /store/customers/me/open-cart query: takes no parameters. */
export const StoreGetCustomerOpenCart = z.object({}).strict()
export type StoreGetCustomerOpenCartType = z.infer<typeof StoreGetCustomerOpenCart>
