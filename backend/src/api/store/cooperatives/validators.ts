import { z } from "@medusajs/framework/zod"
import { PROVINCES } from "../../../modules/cooperative/rules"

/** The legal forms a seller can have, as the cooperative model stores them. */
export const COOPERATIVE_KINDS = ["cooperative", "cooperative_group", "cooperative_union"] as const

// A GET form sends empty fields (`?q=&kind=`): an empty value means the filter is not used.
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value)

// Text typed on a phone may arrive decomposed (NFD); stored text is composed (NFC).
const text = (name: string) =>
  z
    .string({ error: `${name} must be a single text value.` })
    .transform((value) => value.normalize("NFC").trim())
    .pipe(z.string().max(100, { error: `${name} must be at most 100 characters.` }))

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())

/** GET /store/cooperatives query: text search, filters and a page. */
export const StoreListCooperatives = z
  .object({
    q: optional(text("q")),
    province: optional(text("province").pipe(z.enum(PROVINCES, { error: "province must be one of the 34 provinces, e.g. Tuyên Quang." }))),
    commune: optional(text("commune")),
    sector: optional(text("sector")),
    kind: optional(z.enum(COOPERATIVE_KINDS, { error: `kind must be one of ${COOPERATIVE_KINDS.join(", ")}.` })),
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1).max(100).default(20),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0).default(0),
  })
  .strict()
export type StoreListCooperativesType = z.infer<typeof StoreListCooperatives>

/** GET /store/cooperatives/:handle/shipping-options query: the shopper's region. */
export const StoreCooperativeShippingOptions = z
  .object({
    region_id: z
      .string({ error: "region_id is required: the id of the shopper's region, e.g. reg_01…." })
      .regex(/^reg_[0-9A-Za-z]{1,64}$/, { error: "region_id must be a region id, e.g. reg_01…." }),
  })
  .strict()
export type StoreCooperativeShippingOptionsType = z.infer<typeof StoreCooperativeShippingOptions>
