import { z } from "zod"
import { errorStatus } from "../errors"
import { HONEYPOT_FIELD, TRADE_LEAD_FIELDS, TRADE_LEAD_LIMITS, type TradeLeadContext, type TradeLeadErrorCode, type TradeLeadField } from "../fair-views"

/** `POST /store/trade-leads` body, as docs/fairs-api.md describes it. */
export type StoreTradeLeadBody = {
  cooperative: string
  product_id?: string
  fair_slug?: string
  booth_code?: string
  quantity: string
  target_market: string
  company: string
  contact_name: string
  email: string
  phone?: string
  message: string
  website?: string
}

const text = (field: keyof typeof TRADE_LEAD_LIMITS) => z.string().trim().min(TRADE_LEAD_LIMITS[field].min).max(TRADE_LEAD_LIMITS[field].max)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional())

// The backend's own rules, so a visitor hears about a mistake before anything is sent.
const valuesSchema = z.object({
  product_id: optional(z.string().regex(/^prod_\w+$/)),
  quantity: text("quantity"),
  target_market: text("target_market"),
  company: text("company"),
  contact_name: text("contact_name"),
  email: z.string().trim().max(TRADE_LEAD_LIMITS.email.max).pipe(z.email()),
  phone: optional(z.string().trim().regex(/^\+?[0-9 ().-]{6,20}$/)),
  message: text("message"),
  [HONEYPOT_FIELD]: optional(z.string().max(500)),
})

export type TradeLeadValues = z.infer<typeof valuesSchema>

const contextSchema = z
  .object({
    cooperative: z.string().regex(/^[a-z0-9-]{2,100}$/),
    productId: z.string().regex(/^prod_\w+$/).optional(),
    fairSlug: z.string().regex(/^[a-z0-9-]{1,100}$/).optional(),
    boothCode: z.string().regex(/^[A-Za-z0-9-]{1,12}$/).optional(),
  })
  .strict()
  // A booth belongs to a fair: both or neither.
  .refine((context) => (context.fairSlug === undefined) === (context.boothCode === undefined))

/** The form's fields as strings (absent ones empty); files or repeats are ignored. */
export function readTradeLeadForm(form: FormData): Record<TradeLeadField | typeof HONEYPOT_FIELD, string> {
  const read = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value : ""
  }
  const fields = [...TRADE_LEAD_FIELDS, HONEYPOT_FIELD] as const
  return Object.fromEntries(fields.map((name) => [name, read(name)])) as Record<TradeLeadField | typeof HONEYPOT_FIELD, string>
}

/** Checks the form's values: the cleaned values, or the fields to correct (in form order). */
export function validateTradeLead(raw: Record<string, string>): { values: TradeLeadValues; fields?: undefined } | { values?: undefined; fields: TradeLeadField[] } {
  const parsed = valuesSchema.safeParse(raw)
  if (parsed.success) return { values: parsed.data }
  const refused = new Set(parsed.error.issues.map((issue) => issue.path[0]))
  return { fields: TRADE_LEAD_FIELDS.filter((field) => refused.has(field)) }
}

/** Where the inquiry comes from (a cooperative, one of its products, or a fair's booth), when it is well formed; null otherwise. */
export function parseTradeLeadContext(input: unknown): TradeLeadContext | null {
  const parsed = contextSchema.safeParse(input)
  return parsed.success ? parsed.data : null
}

/**
 * The body for `POST /store/trade-leads`: optional fields only when filled, the booth code upper-cased. The product
 * chosen in the form wins over the page's own (a product page has no product select).
 */
export function toTradeLeadBody(values: TradeLeadValues, context: TradeLeadContext): StoreTradeLeadBody {
  const productId = values.product_id ?? context.productId
  return {
    cooperative: context.cooperative,
    ...(context.fairSlug && context.boothCode ? { fair_slug: context.fairSlug, booth_code: context.boothCode.toUpperCase() } : {}),
    ...(productId ? { product_id: productId } : {}),
    quantity: values.quantity,
    target_market: values.target_market,
    company: values.company,
    contact_name: values.contact_name,
    email: values.email,
    ...(values.phone ? { phone: values.phone } : {}),
    message: values.message,
    ...(values.website ? { website: values.website } : {}),
  }
}

function backendMessage(error: unknown): string | null {
  const message = error instanceof Error ? error.message.trim() : ""
  return message === "" ? null : message
}

/** A refusal the visitor can act on keeps the backend's sentence (400, 404); anything else gets ours only. */
export function toTradeLeadError(error: unknown): { code: TradeLeadErrorCode; message: string | null } {
  switch (errorStatus(error)) {
    case 400:
      return { code: "rejected", message: backendMessage(error) }
    case 404:
      return { code: "not_found", message: backendMessage(error) }
    // Sent too many in the last hour: said in the visitor's language, with what to do instead.
    case 429:
      return { code: "too_many", message: null }
    default:
      return { code: "failed", message: null }
  }
}
