import { z } from "@medusajs/framework/zod"

/** Body of POST /cooperative/sellers: the person behind a new seller login. */
export const CooperativeCreateSeller = z
  .object({
    full_name: z.string({ error: "Full name is required." }).trim().min(2, { error: "Full name is too short." }).max(120),
    phone: z.string().trim().max(30).nullable().optional(),
  })
  .strict()

export type CooperativeCreateSellerType = z.infer<typeof CooperativeCreateSeller>
