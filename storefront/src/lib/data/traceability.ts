import "server-only"
import { cache } from "react"
import type { AppLocale } from "../../i18n/routing"
import { tradeItemPath } from "../traceability/digital-link"
import { encodeDigitalLinkValue } from "../traceability/lot-code"
import { errorStatus } from "./errors"
import { toTradeItemView, toTraceLotView } from "./mappers/traceability"
import { getSdk } from "./sdk"
import type { TraceLotView, TradeItemView } from "./traceability-views"

// Public traceability reads are never cached: a step a cooperative records must show on the next scan.

function storeLotPath(gtin: string, lot: string): string {
  return `/store/traceability${tradeItemPath(gtin)}/10/${encodeDigitalLinkValue(lot)}`
}

async function orNullWhenUnknown<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    // The middleware already refused malformed links; a 400 here is as good as unknown.
    const status = errorStatus(error)
    if (status === 404 || status === 400) return null
    throw error
  }
}

/** A lot's public record by GTIN-14 and lot code, or null when unknown — `GET /store/traceability/01/:gtin/10/:lot`. */
export const getTraceLot = cache(async (gtin: string, lot: string, locale: AppLocale): Promise<TraceLotView | null> =>
  orNullWhenUnknown(async () => {
    const data = await getSdk().client.fetch<unknown>(storeLotPath(gtin, lot), { cache: "no-store" })
    return toTraceLotView(data, locale)
  })
)

/** A trade item and its recent lots, or null when unknown — `GET /store/traceability/01/:gtin`. */
export const getTradeItem = cache(async (gtin: string, locale: AppLocale): Promise<TradeItemView | null> =>
  orNullWhenUnknown(async () => {
    const data = await getSdk().client.fetch<unknown>(`/store/traceability${tradeItemPath(gtin)}`, { cache: "no-store" })
    return toTradeItemView(data, locale)
  })
)

/** The EPCIS document as text, or the backend's refusal. */
export type EpcisResult = { ok: true; body: string } | { ok: false; status: number; message: string }

/** A lot's history as an EPCIS 2.0 JSON-LD document — `GET /store/traceability/01/:gtin/10/:lot/epcis`. */
export async function fetchLotEpcis(gtin: string, lot: string): Promise<EpcisResult> {
  try {
    // Asking for JSON-LD (not JSON) makes the SDK hand back the raw response, passed on byte for byte.
    const response = await getSdk().client.fetch<Response>(`${storeLotPath(gtin, lot)}/epcis`, {
      headers: { accept: "application/ld+json" },
      cache: "no-store",
    })
    return { ok: true, body: await response.text() }
  } catch (error) {
    const status = errorStatus(error)
    if (status === undefined || status >= 500) throw error
    return { ok: false, status, message: error instanceof Error ? error.message : "" }
  }
}
