import { z } from "@medusajs/framework/zod"
import { FAIR_ACTIONS, FAIR_KINDS } from "../../../modules/fair/rules/fair-phase"

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(min, { error: `${label} must be at least ${min} characters.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })

// An instant with its offset, as Việt Nam writes it: 2026-12-05T08:00:00+07:00.
const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time with its offset, such as 2026-12-05T08:00:00+07:00.` }).transform((v) => new Date(v))

const fields = {
  slug: z
    .string({ error: "slug is required." })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slug may hold lower-case letters, digits and single dashes, such as hoi-cho-ocop-2026." })
    .max(100, { error: "slug must be at most 100 characters." }),
  name_vi: text("name_vi", 3, 200),
  name_en: text("name_en", 3, 200),
  description_vi: z.string().trim().max(5000, { error: "description_vi must be at most 5000 characters." }),
  description_en: z.string().trim().max(5000, { error: "description_en must be at most 5000 characters." }),
  kind: z.enum(FAIR_KINDS, { error: `kind must be one of ${FAIR_KINDS.join(", ")}.` }),
  venue_name: text("venue_name", 3, 300).nullable(),
  venue_address: text("venue_address", 5, 300).nullable(),
  starts_at: instant("starts_at"),
  ends_at: instant("ends_at"),
  application_deadline: instant("application_deadline").nullable(),
  banner_url: z.url({ protocol: /^https?$/, error: "banner_url must be an http(s) address." }).nullable(),
  organiser: text("organiser", 3, 200),
}

/** POST /admin/fairs body: a new fair, saved as a draft. */
export const AdminCreateFair = z
  .object({
    ...fields,
    description_vi: fields.description_vi.default(""),
    description_en: fields.description_en.default(""),
    venue_name: fields.venue_name.optional(),
    venue_address: fields.venue_address.optional(),
    application_deadline: fields.application_deadline.optional(),
    banner_url: fields.banner_url.optional(),
  })
  .strict()
export type AdminCreateFairType = z.infer<typeof AdminCreateFair>

/** POST /admin/fairs/:id body: the details to change. */
export const AdminUpdateFair = z.object(fields).partial().strict()
export type AdminUpdateFairType = z.infer<typeof AdminUpdateFair>

/** POST /admin/fairs/:id/status body. */
export const AdminChangeFairStatus = z.object({ action: z.enum(FAIR_ACTIONS, { error: `action must be one of ${FAIR_ACTIONS.join(", ")}.` }) }).strict()
export type AdminChangeFairStatusType = z.infer<typeof AdminChangeFairStatus>

/** GET /admin/fairs query. */
export const AdminListFairs = z
  .object({
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1).max(100).default(20),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0).default(0),
  })
  .strict()
export type AdminListFairsType = z.infer<typeof AdminListFairs>

const boothCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,12}$/, { error: "code is a booth code of up to 12 letters, digits or dashes, such as A12." })
  .transform((v) => v.toUpperCase())

/** POST /admin/fairs/:id/booths body: invite an approved cooperative. */
export const AdminInviteCooperative = z
  .object({ cooperative_id: z.string({ error: "cooperative_id is required." }).min(1, { error: "cooperative_id is required." }), code: boothCode.optional() })
  .strict()
export type AdminInviteCooperativeType = z.infer<typeof AdminInviteCooperative>

/** POST /admin/fairs/:id/booths/:booth_id body: approve (with a code) or reject (with a reason). */
export const AdminDecideBooth = z
  .object({
    decision: z.enum(["approved", "rejected"], { error: "decision must be approved or rejected." }),
    code: boothCode.optional(),
    reason: z.string().trim().min(5, { error: "reason must be at least 5 characters." }).max(1000, { error: "reason must be at most 1000 characters." }).optional(),
  })
  .strict()
  .refine((b) => b.decision !== "rejected" || !!b.reason, { error: "A rejection needs a reason the cooperative can act on (reason).", path: ["reason"] })
export type AdminDecideBoothType = z.infer<typeof AdminDecideBooth>

/** GET /admin/fairs/:id/report query. */
export const AdminFairReport = z.object({ format: z.enum(["json", "csv"], { error: "format must be json or csv." }).default("json") }).strict()
export type AdminFairReportType = z.infer<typeof AdminFairReport>
