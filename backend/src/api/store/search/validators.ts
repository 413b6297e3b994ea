import { z } from "@medusajs/framework/zod"
import { CERTIFICATION_KINDS } from "../../../modules/traceability/vocabulary"
import { FACETS, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_LENGTH, SEARCH_KINDS, SORTS } from "../../../modules/search/types"
import { isStorableText, notStorable } from "../../../lib/zod-fields"

/** Most values one list filter may hold. */
export const MAX_FILTER_VALUES = 50

// `filters[f]=a,b`, `filters[f]=a` and `filters[f][]=a&filters[f][]=b` all become a list.
const list = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((v) => v.trim()).filter(Boolean) : value),
    z.array(item, { error: `filters[${name}] must be a list of values.` }).min(1, { error: `filters[${name}] needs at least one value.` }).max(MAX_FILTER_VALUES, { error: `filters[${name}] may hold at most ${MAX_FILTER_VALUES} values.` })
  )
const text = (name: string) => z.string().max(120, { error: `A value of filters[${name}] is too long.` }).refine(isStorableText, notStorable(`filters[${name}]`))
const price = (name: string) => z.coerce.number({ error: `filters[${name}] must be a whole number of đồng.` }).int({ error: `filters[${name}] must be a whole number of đồng.` }).min(0, { error: `filters[${name}] cannot be negative.` })

const FILTER_NAMES = "category, product_set, ocop_stars, province, commune, cooperative, collection, certifications, price_min, price_max, in_stock"

const Filters = z
  .object(
    {
      category: list(text("category"), "category").optional(),
      product_set: list(z.string().regex(/^([1-9]|1\d|2[0-6])$/, { error: "filters[product_set] takes OCOP product set numbers, 1 to 26." }), "product_set").optional(),
      ocop_stars: list(z.coerce.number().refine((n) => [3, 4, 5].includes(n), { error: "filters[ocop_stars] takes 3, 4 or 5." }), "ocop_stars").optional(),
      province: list(text("province"), "province").optional(),
      commune: list(text("commune"), "commune").optional(),
      cooperative: list(text("cooperative"), "cooperative").optional(),
      collection: list(text("collection"), "collection").optional(),
      certifications: list(z.enum(CERTIFICATION_KINDS, { error: `filters[certifications] takes ${CERTIFICATION_KINDS.join(", ")}.` }), "certifications").optional(),
      price_min: price("price_min").optional(),
      price_max: price("price_max").optional(),
      in_stock: z.enum(["true", "false"], { error: "filters[in_stock] must be true or false." }).transform((v) => v === "true").optional(),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown filter ${issue.keys.join(", ")}; filters are ${FILTER_NAMES}.` : "filters must be given as filters[field]=value.") }
  )
  .strict()
  .refine((f) => f.price_min === undefined || f.price_max === undefined || f.price_min <= f.price_max, { error: "filters[price_min] cannot be above filters[price_max]." })

/** GET /store/search query. */
export const StoreSearch = z
  .object(
    {
    q: z
      .string({ error: "q must be text." })
      .max(MAX_QUERY_LENGTH * 4, { error: `The search is too long: at most ${MAX_QUERY_LENGTH} characters.` })
      .transform((q) => q.normalize("NFC").trim())
      .refine((q) => [...q].length <= MAX_QUERY_LENGTH, { error: `The search is too long: at most ${MAX_QUERY_LENGTH} characters.` })
      .refine(isStorableText, notStorable("q"))
      .default(""),
    kind: z.enum(SEARCH_KINDS, { error: `kind must be one of ${SEARCH_KINDS.join(", ")}.` }).default("product"),
    filters: Filters.default({}),
    facets: z
      .string({ error: "facets must be a comma-separated list." })
      .transform((v) => v.split(",").map((f) => f.trim()).filter(Boolean))
      .pipe(z.array(z.enum(FACETS, { error: `facets takes ${FACETS.join(", ")}.` })))
      .default([]),
    sort: z.enum(SORTS, { error: `sort must be one of ${SORTS.join(", ")}.` }).default("relevance"),
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1, { error: "limit must be at least 1." }).max(MAX_LIMIT, { error: `limit may be at most ${MAX_LIMIT}.` }).default(20),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0, { error: "offset cannot be negative." }).max(MAX_OFFSET, { error: `offset may be at most ${MAX_OFFSET}.` }).default(0),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter ${issue.keys.join(", ")}; the search takes q, kind, filters, facets, sort, limit and offset.` : undefined) }
  )
  .strict()
export type StoreSearchType = z.infer<typeof StoreSearch>
