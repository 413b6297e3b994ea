"use server"

import { getLocale } from "next-intl/server"
import { z } from "zod"
import { redirect } from "../../../i18n/navigation"
import { CERTIFICATION_KINDS, TRACE_EVENT_KINDS } from "../traceability-views"
import { idSchema, revalidateSellerPages, runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import { sellerLotPath } from "./lot-paths"
import type { EventFieldErrors, EventFormValues, LotFieldErrors, LotFormValues } from "./lot-views"
import { failure, type SellerActionError } from "./mappers/action-error"
import { createdLotId } from "./mappers/lot"
import { withOfficialOriginCommune } from "./mappers/lot-origin"
import { MAX_EVENT_PHOTOS, toEventPayload, toLotPayload, validateEventForm, validateLotForm } from "./mappers/lot-payload"

/** What the lot forms' actions return: the data, or why not — with the fields to fix when it is the form's fault. */
export type LotFormResult<T, F> = { error: null; data: T } | { error: SellerActionError; data?: undefined; fieldErrors?: F }

const text = (max: number) => z.string().max(max)

const lotValuesSchema = z.object({
  variantId: text(200),
  gtin: text(40),
  lotCode: text(60),
  producedOn: text(20),
  expiresOn: text(20),
  quantity: text(30),
  unit: text(60),
  originName: text(200),
  originCommune: text(200),
  originProvince: text(100),
  originLatitude: text(30),
  originLongitude: text(30),
  certKind: z.enum(["", ...CERTIFICATION_KINDS]),
  certName: text(200),
  certIssuer: text(200),
  certNumber: text(100),
  certValidUntil: text(20),
  certDocumentUrl: z.union([z.literal(""), z.url().max(1000)]),
}) satisfies z.ZodType<LotFormValues>

const eventValuesSchema = z.object({
  kind: z.enum(TRACE_EVENT_KINDS),
  result: z.enum(["pass", "fail"]),
  time: text(30),
  place: text(200),
  note: text(2000),
  photos: z.array(z.url().max(1000)).max(MAX_EVENT_PHOTOS),
  correctsEventId: z.union([z.literal(""), idSchema]),
  correctionReason: text(500),
}) satisfies z.ZodType<EventFormValues>

function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0
}

/** Creates a lot and opens its page — `POST /cooperative/lots`. */
export async function createLotAction(values: LotFormValues): Promise<LotFormResult<null, LotFieldErrors>> {
  const parsed = lotValuesSchema.safeParse(values)
  if (!parsed.success) return failure("invalid_input")
  const fieldErrors = validateLotForm(parsed.data)
  if (hasErrors(fieldErrors)) return { ...failure("invalid_input"), fieldErrors }
  const origin = withOfficialOriginCommune(parsed.data)
  if ("errors" in origin) return { ...failure("invalid_input"), fieldErrors: origin.errors }
  const result = await runSellerAction("create lot", async () => {
    const data = await cooperativeFetch<unknown>("/cooperative/lots", { method: "POST", body: toLotPayload(origin.values) })
    return createdLotId(data)
  })
  if (result.error) return result
  revalidateSellerPages()
  return redirect({ href: { pathname: sellerLotPath(result.data), query: { created: "1" } }, locale: await getLocale() })
}

/**
 * Adds a step (or a correction) to a lot's history; the page then shows it through revalidation —
 * `POST /cooperative/lots/:id/events`.
 */
export async function recordLotEventAction(input: {
  lotId: string
  values: EventFormValues
}): Promise<LotFormResult<null, EventFieldErrors>> {
  const lotId = idSchema.safeParse(input.lotId)
  const parsed = eventValuesSchema.safeParse(input.values)
  if (!lotId.success || !parsed.success) return failure("invalid_input")
  const fieldErrors = validateEventForm(parsed.data)
  if (hasErrors(fieldErrors)) return { ...failure("invalid_input"), fieldErrors }
  const result = await runSellerAction("record lot event", async () => {
    await cooperativeFetch<unknown>(`/cooperative/lots/${encodeURIComponent(lotId.data)}/events`, {
      method: "POST",
      body: toEventPayload(parsed.data),
    })
    return null
  })
  if (!result.error) revalidateSellerPages()
  return result
}
