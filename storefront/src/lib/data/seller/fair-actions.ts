"use server"

import { getLocale } from "next-intl/server"
import { z } from "zod"
import { toAppLocale } from "../../../i18n/routing"
import { redirect } from "../../../i18n/navigation"
import { idSchema, revalidateSellerPages, runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import type { FairApplicationValues } from "./fair-views"
import { listFairVariantOptions } from "./fairs"
import { failure, type SellerActionResult } from "./mappers/action-error"
import { fairApplicationIssue, MAX_BOOTH_ITEMS, toFairApplicationPayload } from "./mappers/fair"
import { sellerFairPath } from "./paths"

const valuesSchema = z.object({
  items: z.array(z.object({ variantId: idSchema, fairPrice: z.string().max(20) })).max(MAX_BOOTH_ITEMS),
}) satisfies z.ZodType<FairApplicationValues>

/**
 * Applies for a booth at a fair with the chosen variants at their fair prices, then opens the fair's page —
 * `POST /cooperative/fairs/:id/apply`. The prices are checked against the variants' regular prices first; the
 * backend's refusals (the deadline passed, a booth already there) come back as `{ error }` with its sentence.
 */
export async function applyToFairAction(fairId: string, values: FairApplicationValues): Promise<SellerActionResult> {
  const id = idSchema.safeParse(fairId)
  const parsed = valuesSchema.safeParse(values)
  if (!id.success || !parsed.success) return failure("invalid_input")
  const locale = toAppLocale(await getLocale())
  const result = await runSellerAction("apply to fair", async () => {
    if (fairApplicationIssue(parsed.data, await listFairVariantOptions(locale))) return false
    await cooperativeFetch<unknown>(`/cooperative/fairs/${encodeURIComponent(id.data)}/apply`, { method: "POST", body: toFairApplicationPayload(parsed.data) })
    return true
  })
  if (result.error) return result
  if (!result.data) return failure("invalid_input")
  revalidateSellerPages()
  return redirect({ href: { pathname: sellerFairPath(id.data), query: { applied: "1" } }, locale })
}
