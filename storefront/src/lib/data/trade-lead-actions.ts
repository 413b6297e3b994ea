"use server"

import { errorStatus } from "./errors"
import type { TradeLeadActionResult, TradeLeadContext } from "./fair-views"
import { parseTradeLeadContext, readTradeLeadForm, toTradeLeadBody, toTradeLeadError, validateTradeLead } from "./mappers/trade-lead"
import { sendTradeLead } from "./trade-leads"

/**
 * Sends a business buyer's inquiry to a cooperative, from one of its products, its page or a fair's booth. Fields to
 * correct come back in `fields`; a refusal comes back with the backend's sentence. Nothing the shop shows changes, so
 * nothing is revalidated.
 */
export async function sendTradeInquiryAction(context: TradeLeadContext, form: FormData): Promise<TradeLeadActionResult> {
  const from = parseTradeLeadContext(context)
  if (!from) return { error: { code: "invalid_input", message: null } }
  const checked = validateTradeLead(readTradeLeadForm(form))
  if (!checked.values) return { error: { code: "invalid_input", message: null }, fields: checked.fields }
  try {
    await sendTradeLead(toTradeLeadBody(checked.values, from))
    return { error: null }
  } catch (error) {
    const status = errorStatus(error)
    // A refusal the visitor can act on is expected; anything else is logged, never shown raw.
    if (status === undefined || status >= 500) console.error("Trade inquiry failed", error)
    return { error: toTradeLeadError(error) }
  }
}
