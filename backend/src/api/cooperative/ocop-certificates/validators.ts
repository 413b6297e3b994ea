import { z } from "@medusajs/framework/zod"
import { certificateTermsProblem, MAX_CERTIFICATE_PRODUCTS } from "../../../modules/ocop/rules/certificate-terms"
import { vietnamDay } from "../../../modules/ocop/rules/vietnam-day"
import { isStorableText, notStorable } from "../../../lib/zod-fields"

const day = (name: string, example: string) =>
  z.string({ error: `${name} must be a day written YYYY-MM-DD, such as ${example}.` }).trim()

const text = (name: string, max: number) =>
  z
    .string({ error: `${name} is required.` })
    .transform((value) => value.normalize("NFC").trim())
    .refine((value) => value.length >= 1 && value.length <= max, { error: `${name} must be 1 to ${max} characters.` })
    .refine(isStorableText, notStorable(name))

/** Body of POST /cooperative/ocop-certificates; the terms are checked by the same rules the workflow applies. */
export const CooperativeSubmitOcopCertificate = z
  .object({
    product_ids: z
      .array(z.string({ error: "product_ids must be product ids." }), { error: "product_ids must list the certified products." })
      .refine((ids) => ids.length >= 1 && ids.length <= MAX_CERTIFICATE_PRODUCTS, { error: `Choose 1 to ${MAX_CERTIFICATE_PRODUCTS} of the cooperative's products.` })
      .refine((ids) => new Set(ids).size === ids.length, { error: "Each product may be named only once." }),
    stars: z.number({ error: "stars must be 3, 4 or 5." }),
    potential_five_star: z.boolean({ error: "potential_five_star must be true or false." }).default(false),
    product_set: z.number({ error: "product_set must be the number of an OCOP product set, 1 to 26." }),
    issuing_authority: text("issuing_authority", 200),
    decision_number: text("decision_number", 80),
    issued_on: day("issued_on", "2025-03-14"),
    expires_on: day("expires_on", "2028-03-14").nullable().optional(),
    document_url: z.url({ protocol: /^https?$/, error: "document_url must be the URL of a document uploaded through /cooperative/documents." }),
  })
  .strict()
  .superRefine((body, ctx) => {
    const problem = certificateTermsProblem(body, vietnamDay())
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })
export type CooperativeSubmitOcopCertificateType = z.infer<typeof CooperativeSubmitOcopCertificate>

/** Query of GET /cooperative/ocop-certificates. */
export const CooperativeListOcopCertificates = z
  .object({
    limit: z.coerce.number({ error: "limit must be a number." }).int().min(1).max(100).default(50),
    offset: z.coerce.number({ error: "offset must be a number." }).int().min(0).default(0),
  })
  .strict()
export type CooperativeListOcopCertificatesType = z.infer<typeof CooperativeListOcopCertificates>
