import { z } from "@medusajs/framework/zod"
import { isStorableText, notStorable } from "../../../lib/zod-fields"

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(min, { error: `${label} must be at least ${min} characters.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .refine(isStorableText, notStorable(label))

/** POST /store/trade-leads body: a business buyer's inquiry to a cooperative, from a product, booth or cooperative page. */
export const StoreCreateTradeLead = z
  .object({
    cooperative: z.string({ error: "cooperative is required (its handle)." }).regex(/^[a-z0-9-]{2,100}$/, { error: "cooperative is a cooperative's handle, such as htx-che-shan-tuyet-lung-phin." }),
    product_id: z.string().regex(/^prod_\w+$/, { error: "product_id must be a product id (prod_…)." }).optional(),
    fair_slug: z.string().regex(/^[a-z0-9-]{1,100}$/, { error: "fair_slug must be a fair's slug." }).optional(),
    booth_code: z.string().regex(/^[A-Za-z0-9-]{1,12}$/, { error: "booth_code is a booth code, such as A12." }).optional(),
    quantity: text("quantity", 1, 100),
    target_market: text("target_market", 2, 100),
    company: text("company", 2, 200),
    contact_name: text("contact_name", 2, 100),
    email: z.email({ error: "email must be an e-mail address." }).max(254).transform((e) => e.toLowerCase()),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{6,20}$/, { error: "phone must be a telephone number, such as +84 912 345 678." })
      .optional(),
    message: text("message", 10, 2000),
    // Left empty by people; a form-filling robot fills it (the storefront hides it).
    website: z.string().max(500).optional(),
  })
  .strict()
export type StoreCreateTradeLeadType = z.infer<typeof StoreCreateTradeLead>
