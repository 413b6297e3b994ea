import { parseGtin } from "./gtin"

/** Key qualifiers of a GTIN in the order GS1 Digital Link requires them. */
const QUALIFIERS = [
  { ai: "22", name: "cpv" },
  { ai: "10", name: "lot" },
  { ai: "21", name: "serial" },
] as const

/** What a GS1 Digital Link path names: the GTIN (14 digits) and any key qualifiers, percent-decoded. */
export type DigitalLinkPath = { gtin14: string; cpv?: string; lot?: string; serial?: string }

/** Percent-encodes a Digital Link path value strictly (RFC 3986): only A–Z a–z 0–9 - . _ ~ stay as they are. */
export function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** `YYYY-MM-DD` as GS1's YYMMDD (AI 17, expiry). */
export function toYymmdd(day: string): string {
  const match = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) throw new Error(`"${day}" is not a date such as 2026-12-31.`)
  return `${match[1]}${match[2]}${match[3]}`
}

/** The Digital Link URI of a lot: `{base}/01/{gtin14}/10/{lot}`, with `?17=YYMMDD` when an expiry is given. */
export function digitalLinkFor({ base, gtin, lot, expiresOn }: { base: string; gtin: string; lot: string; expiresOn?: string | null }): string {
  const parsed = parseGtin(gtin)
  if (!parsed.ok) throw new Error(parsed.reason)
  if (!lot) throw new Error("A lot's Digital Link needs a lot code.")
  const uri = `${base.replace(/\/+$/, "")}/01/${parsed.gtin14}/10/${encodeSegment(lot)}`
  return expiresOn ? `${uri}?17=${toYymmdd(expiresOn)}` : uri
}

/** Reads the GTIN and key qualifiers from a Digital Link URI or path (any prefix before /01/ is allowed); the reason says what is wrong. */
export function parseDigitalLink(uriOrPath: string): { ok: true; value: DigitalLinkPath } | { ok: false; reason: string } {
  const path = uriOrPath.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "")
  const segments = path.split("/").filter(Boolean)
  const start = segments.findIndex((s, i) => s === "01" && (segments.length - i) % 2 === 0)
  if (start === -1) return { ok: false, reason: "A GS1 Digital Link path has /01/ followed by the GTIN, then pairs such as /10/{lot}." }
  const pairs: [string, string][] = []
  for (let i = start; i < segments.length; i += 2) pairs.push([segments[i]!, segments[i + 1]!])
  const decoded: string[] = []
  for (const [, raw] of pairs) {
    try {
      decoded.push(decodeURIComponent(raw))
    } catch {
      return { ok: false, reason: `"${raw}" is not correctly percent-encoded.` }
    }
  }
  const gtin = parseGtin(decoded[0]!)
  if (!gtin.ok) return { ok: false, reason: gtin.reason }
  const value: DigitalLinkPath = { gtin14: gtin.gtin14 }
  let position = -1
  for (let i = 1; i < pairs.length; i++) {
    const ai = pairs[i]![0]
    const index = QUALIFIERS.findIndex((q) => q.ai === ai)
    if (index === -1) return { ok: false, reason: `/${ai}/ is not a key qualifier of a GTIN: use /22/ (version), /10/ (lot) or /21/ (serial).` }
    if (index <= position) return { ok: false, reason: "Key qualifiers must come in GS1 order, each once: /22/ (version), then /10/ (lot), then /21/ (serial)." }
    if (!decoded[i]) return { ok: false, reason: `/${ai}/ needs a value.` }
    position = index
    value[QUALIFIERS[index]!.name] = decoded[i]
  }
  return { ok: true, value }
}
