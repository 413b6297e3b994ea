import { toYymmdd } from "../../../lib/gs1/digital-link"
import type { LotJson } from "../../../lib/traceability/lot-json"

/** A download name for a lot's file: `lot-{gtin}-{lot code}.{ext}`, the lot code reduced to characters safe in any file system. */
export function lotFileName(lot: Pick<LotJson, "gtin" | "lot_code">, extension: string): string {
  return `lot-${lot.gtin}-${lot.lot_code.replace(/[^A-Za-z0-9._-]+/g, "-")}.${extension}`
}

/** The URI a lot's QR code and labels carry: its Digital Link with the expiry (`?17=YYMMDD`) when it has one. */
export function printedLink(lot: Pick<LotJson, "digital_link" | "expires_on">): string {
  return lot.expires_on ? `${lot.digital_link}?17=${toYymmdd(lot.expires_on)}` : lot.digital_link
}
