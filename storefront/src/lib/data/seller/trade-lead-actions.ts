"use server"

import { z } from "zod"
import { idSchema, revalidateSellerPages, runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import { failure, type SellerActionResult } from "./mappers/action-error"
import { answerProblem } from "./mappers/trade-lead"

/**
 * Answers a business buyer's inquiry; the backend e-mails the answer to the buyer — `POST /cooperative/trade-leads/:id/answer`.
 * A lead is answered once: a second answer, or another cooperative's lead, comes back as `{ error }`.
 */
export async function answerTradeLeadAction(leadId: string, answer: string): Promise<SellerActionResult> {
  const id = idSchema.safeParse(leadId)
  const text = z.string().safeParse(answer)
  if (!id.success || !text.success || answerProblem(text.data)) return failure("invalid_input")
  const result = await runSellerAction("answer trade lead", async () => {
    await cooperativeFetch<unknown>(`/cooperative/trade-leads/${encodeURIComponent(id.data)}/answer`, { method: "POST", body: { answer: text.data.trim() } })
    return null
  })
  if (result.error) return result
  revalidateSellerPages()
  return { error: null, data: null }
}
