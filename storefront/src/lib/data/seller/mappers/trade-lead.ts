import { z } from "zod"
import type { AppLocale } from "../../../../i18n/routing"
import { formatDate } from "../../../util/date"
import type { SellerTradeLeadView } from "../fair-views"
import { list, optionalString, parseResponse, textOrNull } from "./schema"

/** Shortest and longest answer the backend accepts. */
export const ANSWER_LIMITS = { min: 5, max: 4000 } as const

/** One lead of `GET /cooperative/trade-leads` (and `POST …/answer` → `trade_lead`). */
export const tradeLeadSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  status: optionalString,
  fair_id: optionalString,
  booth_code: optionalString,
  product_title: optionalString,
  quantity: optionalString,
  target_market: optionalString,
  company: optionalString,
  contact_name: optionalString,
  email: optionalString,
  phone: optionalString,
  message: optionalString,
  answer: optionalString,
  answered_at: optionalString,
})

/** `GET /cooperative/trade-leads` → `{ trade_leads }`. */
export const tradeLeadListSchema = z.object({ trade_leads: list(tradeLeadSchema) })

function timeLabel(value: string | null | undefined, locale: AppLocale): string | null {
  return value && !Number.isNaN(Date.parse(value)) ? formatDate(value, locale, { dateStyle: "medium", timeStyle: "short" }) : null
}

/**
 * Maps the cooperative's leads, newest first. `fairNames` names the fairs the cooperative can still see by id; a lead
 * from another fair keeps only its booth code.
 */
export function toSellerTradeLeads(data: unknown, fairNames: ReadonlyMap<string, string>, locale: AppLocale): SellerTradeLeadView[] {
  const { trade_leads } = parseResponse(tradeLeadListSchema, data, "GET /cooperative/trade-leads")
  return [...trade_leads]
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
    .map((lead) => {
      const answer = textOrNull(lead.answer)
      return {
        id: lead.id,
        company: textOrNull(lead.company) ?? "—",
        contactName: textOrNull(lead.contact_name) ?? "—",
        email: textOrNull(lead.email) ?? "",
        phone: textOrNull(lead.phone),
        quantity: textOrNull(lead.quantity) ?? "—",
        targetMarket: textOrNull(lead.target_market) ?? "—",
        message: lead.message?.trim() ?? "",
        productTitle: textOrNull(lead.product_title),
        fairName: (lead.fair_id && fairNames.get(lead.fair_id)) || null,
        boothCode: textOrNull(lead.booth_code),
        sentLabel: timeLabel(lead.created_at, locale) ?? "—",
        // Answered once, for good: the backend takes one answer per lead.
        answered: answer !== null || lead.status === "answered",
        answer,
        answeredLabel: timeLabel(lead.answered_at, locale),
      }
    })
}

/** Why an answer cannot be sent yet, named after its message in `SellerTradeLeads.problems`; null when it can. */
export function answerProblem(answer: string): "answerTooShort" | "answerTooLong" | null {
  const length = answer.trim().length
  if (length < ANSWER_LIMITS.min) return "answerTooShort"
  if (length > ANSWER_LIMITS.max) return "answerTooLong"
  return null
}
