import { z } from "@medusajs/framework/zod"

const STATUSES = ["to_handle", "shipped", "canceled", "all"] as const

/** GET /cooperative/orders query. */
export const CooperativeListOrders = z
  .object({
    status: z.enum(STATUSES, { error: `status must be one of ${STATUSES.join(", ")}.` }).default("all"),
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1, { error: "limit must be at least 1." }).max(100, { error: "limit must be at most 100." }).default(20),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0, { error: "offset must be 0 or more." }).default(0),
  })
  .strict()
export type CooperativeListOrdersType = z.infer<typeof CooperativeListOrders>

/** GET /cooperative/orders/:id query: takes no parameters. */
export const CooperativeGetOrder = z.object({}).strict()
export type CooperativeGetOrderType = z.infer<typeof CooperativeGetOrder>

/** POST /cooperative/orders/:id/confirm body: nothing to send. */
export const CooperativeConfirmOrder = z.object({}).strict()
export type CooperativeConfirmOrderType = z.infer<typeof CooperativeConfirmOrder>

/** POST /cooperative/orders/:id/payment body: nothing to send. */
export const CooperativeRecordPayment = z.object({}).strict()
export type CooperativeRecordPaymentType = z.infer<typeof CooperativeRecordPayment>

/** POST /cooperative/orders/:id/ship body. */
export const CooperativeShipOrder = z
  .object({
    carrier: z.string({ error: "carrier is required." }).trim().min(2, { error: "carrier must be at least 2 characters." }).max(100, { error: "carrier must be at most 100 characters." }),
    tracking_code: z
      .string({ error: "tracking_code is required." })
      .trim()
      .min(4, { error: "tracking_code must be at least 4 characters." })
      .max(64, { error: "tracking_code must be at most 64 characters." })
      .regex(/^[A-Za-z0-9._-]+$/, { error: "tracking_code may contain only letters, digits, dots, dashes and underscores." }),
  })
  .strict()
export type CooperativeShipOrderType = z.infer<typeof CooperativeShipOrder>

/** Shortest reason a cooperative may give for canceling an order. */
export const MIN_CANCEL_REASON_LENGTH = 5

/** POST /cooperative/orders/:id/cancel body. */
export const CooperativeCancelOrder = z
  .object({
    reason: z
      .string({ error: "reason is required." })
      .trim()
      .min(MIN_CANCEL_REASON_LENGTH, { error: `reason must be at least ${MIN_CANCEL_REASON_LENGTH} characters.` })
      .max(1000, { error: "reason must be at most 1000 characters." }),
  })
  .strict()
export type CooperativeCancelOrderType = z.infer<typeof CooperativeCancelOrder>
