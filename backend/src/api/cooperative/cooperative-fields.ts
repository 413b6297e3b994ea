import { z } from "@medusajs/framework/zod"
import { wholeNumber } from "../../lib/zod-fields"
import { PROVINCES, findCommune, isProvince, isRegistrationNumber, normalizeVietnamesePhone } from "../../modules/cooperative/rules"

const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} is at most ${max} characters.` })

const optionalText = (label: string, max: number) => z.string().trim().max(max, { error: `${label} is at most ${max} characters.` })

const phone = z.string({ error: "Phone is required." }).transform((value, ctx) => {
  const national = normalizeVietnamesePhone(value)
  if (!national) {
    ctx.addIssue({ code: "custom", message: `Phone ${value} is not a Vietnamese number: use a mobile such as 0986 214 735 or a landline such as 0207 3822 123.` })
    return z.NEVER
  }
  return national
})

const foundedOn = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Founding date must be a date such as 2019-05-14." })
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value) <= new Date(), { error: "Founding date cannot be in the future." })
  .transform((value) => new Date(`${value}T00:00:00+07:00`))

const url = z.url({ error: "Must be a full http(s) address." }).max(500)

/** Every editable field of a cooperative, validated the way the provincial directory needs it. */
export const cooperativeFields = {
  name: text("Name"),
  short_name: text("Short name", 80),
  kind: z.enum(["cooperative", "cooperative_group", "cooperative_union"], {
    error: "Kind must be cooperative, cooperative_group or cooperative_union.",
  }),
  registration_number: z
    .string({ error: "Registration number is required." })
    .trim()
    .refine(isRegistrationNumber, { error: "Registration number must be 10 digits (the tax code), or 10 digits, a dash and 3 digits." }),
  founded_on: foundedOn,
  legal_representative: text("Legal representative", 120),
  phone,
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "E-mail is not a valid address." })),
  street: text("Street", 200),
  commune: text("Commune or ward", 120),
  province: z
    .string({ error: "Province is required." })
    .refine(isProvince, { error: `Province must be one of the 34 of 2025: ${PROVINCES.join(", ")}.` })
    .transform((value) => value.normalize("NFC").trim()),
  member_count: wholeNumber("Member count", { min: 1, max: 100_000, tooSmall: "A cooperative has at least 1 member." }),
  sectors: z.array(text("Sector", 60)).max(10, { error: "At most 10 sectors." }),
  description_vi: optionalText("Vietnamese description", 5000),
  description_en: optionalText("English description", 5000),
  logo_url: url.nullable(),
  banner_url: url.nullable(),
  bank_bin: z.string().regex(/^\d{6}$/, { error: "Bank BIN must be the bank's 6-digit NAPAS code, such as 970403." }).nullable(),
  bank_account_number: z.string().regex(/^\d{6,19}$/, { error: "Account number must be 6 to 19 digits." }).nullable(),
  bank_account_holder: z
    .string()
    .trim()
    .min(2, { error: "Account holder is too short." })
    .max(120)
    .transform((value) => value.toUpperCase())
    .nullable(),
}

/** The bank fields: only an owner may change them. */
export const BANK_FIELDS = ["bank_bin", "bank_account_number", "bank_account_holder"] as const

/**
 * Gives a body's commune its official spelling, checked against its province's communes, wards and special zones
 * since 1 July 2025; refuses one the province does not have, and one sent without the other (a profile update).
 */
export function withOfficialCommune<T extends { commune?: string; province?: string }>(body: T, ctx: z.RefinementCtx): T {
  if (body.commune === undefined && body.province === undefined) return body
  if (body.commune === undefined || body.province === undefined) {
    ctx.addIssue({ code: "custom", path: [body.commune === undefined ? "commune" : "province"], message: "Send commune and province together: the commune is checked against the province's list." })
    return z.NEVER
  }
  const commune = findCommune(body.province, body.commune)
  if (!commune) {
    ctx.addIssue({
      code: "custom",
      path: ["commune"],
      message: `${body.commune} is not a commune, ward or special zone of ${body.province} since 1 July 2025: choose one from the province's list.`,
    })
    return z.NEVER
  }
  return { ...body, commune }
}
