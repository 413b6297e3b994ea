"use server"

import { getLocale } from "next-intl/server"
import { z } from "zod"
import { redirect } from "../../../i18n/navigation"
import { idSchema, revalidateSellerPages, runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import { failure, type SellerActionResult } from "./mappers/action-error"
import {
  MAX_AUTHORITY_LENGTH,
  MAX_DECISION_LENGTH,
  MAX_OCOP_PRODUCTS,
  ocopFormProblem,
  toOcopCertificatePayload,
} from "./mappers/ocop"
import type { OcopCertificateFormValues } from "./ocop-views"
import { SELLER_PATHS } from "./paths"

const text = (max: number) => z.string().max(max)

const valuesSchema = z.object({
  productIds: z.array(idSchema).max(MAX_OCOP_PRODUCTS),
  stars: z.enum(["", "3", "4", "5"]),
  potentialFiveStar: z.boolean(),
  productSet: text(3),
  issuingAuthority: text(MAX_AUTHORITY_LENGTH),
  decisionNumber: text(MAX_DECISION_LENGTH),
  issuedOn: text(10),
  expiresOn: text(10),
  documentUrl: text(1000),
}) satisfies z.ZodType<OcopCertificateFormValues>

/**
 * Submits a certificate for the operators to check, then opens the certificate list —
 * `POST /cooperative/ocop-certificates`. The backend's refusals (another cooperative's product, a bad date)
 * come back as `{ error }` with its sentence.
 */
export async function submitOcopCertificateAction(values: OcopCertificateFormValues): Promise<SellerActionResult> {
  const parsed = valuesSchema.safeParse(values)
  if (!parsed.success || ocopFormProblem(parsed.data)) return failure("invalid_input")
  const result = await runSellerAction("submit OCOP certificate", async () => {
    await cooperativeFetch<unknown>("/cooperative/ocop-certificates", { method: "POST", body: toOcopCertificatePayload(parsed.data) })
    return null
  })
  if (result.error) return result
  revalidateSellerPages()
  return redirect({ href: { pathname: SELLER_PATHS.ocop, query: { submitted: "1" } }, locale: await getLocale() })
}
