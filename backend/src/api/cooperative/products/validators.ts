import { z } from "@medusajs/framework/zod"
import { wholeNumber } from "../../../lib/zod-fields"

const variant = z
  .object({
    id: z.string().startsWith("variant_", { error: "Variant id must be one of this product's variant ids." }).optional(),
    title: z.string({ error: "Each variant needs a title, such as 500 g." }).trim().min(1).max(80),
    sku: z.string().trim().max(60).nullable().optional(),
    price_vnd: wholeNumber("Price (đồng; VND has no smaller unit)", { min: 1000, max: 1_000_000_000, tooSmall: "Price must be at least 1.000 ₫." }),
    stock: wholeNumber("Stock", { min: 0, max: 1_000_000, tooSmall: "Stock cannot be negative." }),
    weight: wholeNumber("Weight (grams)", { min: 1, max: 100_000 }).nullable().optional(),
  })
  .strict()

const fields = {
  title: z
    .string({ error: "Title is required." })
    .trim()
    .refine((t) => t.length >= 3 && t.length <= 160, { error: "Title must be 3 to 160 characters." }),
  title_en: z.string().trim().max(160).nullable().optional(),
  description: z
    .string({ error: "Description is required." })
    .trim()
    .refine((t) => t.length >= 10 && t.length <= 10_000, { error: "Describe the product in 10 to 10,000 characters." }),
  description_en: z.string().trim().max(10_000).nullable().optional(),
  category_ids: z.array(z.string()).refine((ids) => ids.length >= 1 && ids.length <= 3, { error: "Choose 1 to 3 categories." }),
  weight: wholeNumber("Weight (grams)", { min: 1, max: 100_000 }).nullable().optional(),
  images: z
    .array(z.object({ url: z.url({ protocol: /^https?$/, error: "Image must be an uploaded image's URL." }) }).strict())
    .refine((images) => images.length <= 8, { error: "At most 8 images." }),
  status: z.enum(["draft", "published"], { error: "Status must be draft or published." }).optional(),
  variants: z
    .array(variant)
    .refine((vs) => vs.length >= 1, { error: "A product needs at least one variant." })
    .refine((vs) => vs.length <= 20, { error: "At most 20 variants." })
    .refine((vs) => new Set(vs.map((v) => v.title.toLowerCase())).size === vs.length, { error: "Variant titles must be different from each other." }),
}

/** Body of POST /cooperative/products. */
export const CooperativeCreateProduct = z.object({ ...fields, images: fields.images.default([]) }).strict()
export type CooperativeCreateProductType = z.infer<typeof CooperativeCreateProduct>

/** Body of POST /cooperative/products/:id: any field; `variants` is the full new list. */
export const CooperativeUpdateProduct = z
  .object(fields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { error: "Send at least one field to change." })
export type CooperativeUpdateProductType = z.infer<typeof CooperativeUpdateProduct>

/** Query of GET /cooperative/products. */
export const CooperativeListProducts = z
  .object({
    q: z.string().trim().max(100).optional(),
    status: z.enum(["draft", "published", "archived"], { error: "Status must be draft, published or archived." }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type CooperativeListProductsType = z.infer<typeof CooperativeListProducts>
