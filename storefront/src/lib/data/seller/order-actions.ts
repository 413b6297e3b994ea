"use server"

import { z } from "zod"
import { idSchema, revalidateSellerPages, runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import { failure, type SellerActionResult } from "./mappers/action-error"

/** Shortest cancel reason the backend accepts. */
const MIN_REASON = 5

const shipSchema = z.object({ id: idSchema, carrier: z.string().trim().min(1).max(100), trackingCode: z.string().trim().min(1).max(100) })
const cancelSchema = z.object({ id: idSchema, reason: z.string().trim().max(500) })

async function orderAction(id: string, verb: "confirm" | "ship" | "cancel" | "payment", body?: Record<string, unknown>): Promise<SellerActionResult> {
  const result = await runSellerAction(`${verb} order`, async () => {
    await cooperativeFetch<unknown>(`/cooperative/orders/${encodeURIComponent(id)}/${verb}`, { method: "POST", body })
    return null
  })
  // The order's page, the list's tabs and the dashboard's count all change.
  if (!result.error) revalidateSellerPages()
  return result
}

/** Accepts a new order — `POST /cooperative/orders/:id/confirm`. */
export async function confirmOrderAction(input: { id: string }): Promise<SellerActionResult> {
  const parsed = idSchema.safeParse(input.id)
  return parsed.success ? orderAction(parsed.data, "confirm") : failure("invalid_input")
}

/** Records that the order's money reached the cooperative (cash collected or transfer arrived) — `POST /cooperative/orders/:id/payment`. */
export async function recordPaymentAction(input: { id: string }): Promise<SellerActionResult> {
  const parsed = idSchema.safeParse(input.id)
  return parsed.success ? orderAction(parsed.data, "payment", {}) : failure("invalid_input")
}

/** Hands the whole order to a carrier — `POST /cooperative/orders/:id/ship`. */
export async function shipOrderAction(input: { id: string; carrier: string; trackingCode: string }): Promise<SellerActionResult> {
  const parsed = shipSchema.safeParse(input)
  if (!parsed.success) return failure("invalid_input")
  return orderAction(parsed.data.id, "ship", { carrier: parsed.data.carrier, tracking_code: parsed.data.trackingCode })
}

/** Cancels an order that has not shipped, with a reason the shopper will read — `POST /cooperative/orders/:id/cancel`. */
export async function cancelOrderAction(input: { id: string; reason: string }): Promise<SellerActionResult> {
  const parsed = cancelSchema.safeParse(input)
  if (!parsed.success) return failure("invalid_input")
  if (parsed.data.reason.length < MIN_REASON) return failure("reason_too_short")
  return orderAction(parsed.data.id, "cancel", { reason: parsed.data.reason })
}
