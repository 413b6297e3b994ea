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

/** POST /store/customers/me/carts/merge body: the cart this browser holds, which the others merge into. */
export const StoreMergeCustomerCarts = z
  .object({
    cart_id: z.string({ error: "cart_id is required: the id of the cart to merge into." }).regex(/^cart_[0-9A-Za-z]{1,64}$/, { error: "cart_id must be a cart id, e.g. cart_01…." }),
  })
  .strict()
export type StoreMergeCustomerCartsType = z.infer<typeof StoreMergeCustomerCarts>
