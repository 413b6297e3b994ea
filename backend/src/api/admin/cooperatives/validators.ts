import { z } from "@medusajs/framework/zod"
import { MIN_REASON_LENGTH } from "../../../modules/cooperative/status-rules"

const STATUSES = ["pending", "approved", "rejected", "suspended"] as const

/** GET /admin/cooperatives query. */
export const AdminListCooperatives = z
  .object({
    status: z.enum(STATUSES, { error: `status must be one of ${STATUSES.join(", ")}.` }).optional(),
    commune: z.string().trim().min(1).max(100).optional(),
    q: z.string().trim().min(1).max(100, { error: "q must be at most 100 characters." }).optional(),
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1).max(100).default(20),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0).default(0),
  })
  .strict()
export type AdminListCooperativesType = z.infer<typeof AdminListCooperatives>

/** POST /admin/cooperatives/:id/status body. */
export const AdminChangeCooperativeStatus = z
  .object({
    action: z.enum(["approve", "reject", "suspend"], { error: "action must be approve, reject or suspend." }),
    reason: z
      .string()
      .trim()
      .min(MIN_REASON_LENGTH, { error: `reason must be at least ${MIN_REASON_LENGTH} characters.` })
      .max(1000, { error: "reason must be at most 1000 characters." })
      .optional(),
  })
  .strict()
export type AdminChangeCooperativeStatusType = z.infer<typeof AdminChangeCooperativeStatus>
