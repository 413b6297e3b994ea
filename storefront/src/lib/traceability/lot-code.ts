// Lot codes, serials and consumer product variants: GS1 AI (10), (21), (22) — 1 to 20 characters of set 82.

/** Why a lot code (or another qualifier's value) is refused. */
export type LotProblem = "lot_length" | "lot_characters"

/** Most characters a lot code may have. */
export const LOT_MAX_LENGTH = 20

// GS1 character set 82: ! " % & ' ( ) * + , - . / 0-9 : ; < = > ? A-Z _ a-z
const SET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/

/** Why a lot code is not one GS1 accepts, or null when it is. */
export function lotProblem(lot: string): LotProblem | null {
  if (lot.length < 1 || lot.length > LOT_MAX_LENGTH) return "lot_length"
  if (!SET_82.test(lot)) return "lot_characters"
  // "." and ".." are path steps to every URL parser, so the backend refuses lot codes made only of dots.
  if (/^\.+$/.test(lot)) return "lot_characters"
  return null
}

/**
 * Percent-encodes a value for a Digital Link path: every character of set 82 except letters, digits, "-", "." and
 * "_" is encoded, as the GS1 Digital Link standard writes it, so one lot has one canonical URL.
 */
export function encodeDigitalLinkValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Decodes a percent-encoded path segment, or null when its escapes are malformed. */
export function decodeDigitalLinkValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}
