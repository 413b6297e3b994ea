import { isStorableText, notStorable } from "../../../lib/zod-fields"
import { z } from "@medusajs/framework/zod"
import { MIN_REASON_LENGTH, OCOP_STATUSES } from "../../../modules/ocop/status-rules"

/** GET /admin/ocop-certificates query: the review queue by status, searched by decision number, authority or cooperative. */
export const AdminListOcopCertificates = z
  .object({
    status: z.enum(OCOP_STATUSES, { error: `status must be one of ${OCOP_STATUSES.join(", ")}.` }).optional(),
    q: z.string().trim().min(1).max(100, { error: "q must be at most 100 characters." }).optional(),
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1).max(100).default(20),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0).default(0),
  })
  .strict()
export type AdminListOcopCertificatesType = z.infer<typeof AdminListOcopCertificates>

/** POST /admin/ocop-certificates/:id/verify body: nothing. */
export const AdminVerifyOcopCertificate = z.object({}).strict()
export type AdminVerifyOcopCertificateType = z.infer<typeof AdminVerifyOcopCertificate>

/** Body of reject and revoke: the reason the cooperative will read. */
export const AdminOcopCertificateReason = z
  .object({
    reason: z
      .string({ error: `A reason of at least ${MIN_REASON_LENGTH} characters is required.` })
      .trim()
      .refine((r) => r.length >= MIN_REASON_LENGTH, { error: `reason must be at least ${MIN_REASON_LENGTH} characters.` })
      .refine((r) => r.length <= 1000, { error: "reason must be at most 1000 characters." })
      .refine(isStorableText, notStorable("reason")),
  })
  .strict()
export type AdminOcopCertificateReasonType = z.infer<typeof AdminOcopCertificateReason>
