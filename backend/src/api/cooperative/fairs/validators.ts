import { z } from "@medusajs/framework/zod"
import { wholeNumber } from "../../../lib/zod-fields"

/** POST /cooperative/fairs/:id/apply body: the product variants the booth will feature, each at its fair price in đồng. */
export const CooperativeApplyToFair = z
  .object({
    items: z
      .array(
        z.object({ variant_id: z.string({ error: "variant_id is required." }).min(1), fair_price: wholeNumber("fair_price", { min: 0, max: 1_000_000_000, tooSmall: "fair_price cannot be below zero." }) }).strict(),
        { error: "items must be a list of { variant_id, fair_price }." }
      )
      // Custom checks keep their message through Medusa's validator, which rewrites zod's own size messages.
      .refine((items) => items.length >= 1, { error: "Choose at least one product to feature (items).", abort: true })
      .refine((items) => items.length <= 50, { error: "A booth features at most 50 products." }),
  })
  .strict()
export type CooperativeApplyToFairType = z.infer<typeof CooperativeApplyToFair>
