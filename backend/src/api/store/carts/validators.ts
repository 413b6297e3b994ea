import { z } from "@medusajs/framework/zod"

/** GET /store/carts/:id/shipping-groups query: takes no parameters. */
export const StoreCartShippingGroups = z.object({}).strict()
export type StoreCartShippingGroupsType = z.infer<typeof StoreCartShippingGroups>
