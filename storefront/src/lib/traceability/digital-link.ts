import { type GtinProblem, normalizeGtin } from "./gtin"
import { decodeDigitalLinkValue, encodeDigitalLinkValue, type LotProblem, lotProblem } from "./lot-code"

// GS1 Digital Link paths: /01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}], key qualifiers in that order.

/** Why a Digital Link path is refused with 400; each has a sentence in `TraceErrors`. */
export type DigitalLinkProblem = GtinProblem | LotProblem | "lot_encoding" | "qualifier" | "path"

/** What a Digital Link names: a trade item (GTIN-14) and, optionally, a lot, a serial or a product variant. */
export type DigitalLink = { gtin: string; cpv: string | null; lot: string | null; serial: string | null }

/** A checked Digital Link, or the reason it is refused. */
export type ParsedDigitalLink =
  | { ok: true; link: DigitalLink; /** The URL's GTIN had 8, 12 or 13 digits. */ gtinPadded: boolean }
  | { ok: false; problem: DigitalLinkProblem }

const QUALIFIERS = { "22": "cpv", "10": "lot", "21": "serial" } as const
const ORDER = ["22", "10", "21"]

type QualifierKey = keyof typeof QUALIFIERS

function isQualifier(ai: string): ai is QualifierKey {
  return Object.hasOwn(QUALIFIERS, ai)
}

function valueProblem(ai: QualifierKey, raw: string): { value: string } | { problem: DigitalLinkProblem } {
  const value = decodeDigitalLinkValue(raw)
  if (ai !== "10") return value !== null && lotProblem(value) === null ? { value } : { problem: "qualifier" }
  if (value === null) return { problem: "lot_encoding" }
  const problem = lotProblem(value)
  return problem ? { problem } : { value }
}

/**
 * Reads the raw (still percent-encoded) path segments after `/01`: the GTIN, then AI/value pairs. The GTIN is
 * checked first, so a mistyped label reads as a GTIN problem rather than a path problem.
 */
export function parseDigitalLinkSegments(segments: readonly string[]): ParsedDigitalLink {
  const [rawGtin, ...rest] = segments
  if (rawGtin === undefined) return { ok: false, problem: "path" }
  const gtin = normalizeGtin(decodeDigitalLinkValue(rawGtin) ?? rawGtin)
  if ("problem" in gtin) return { ok: false, problem: gtin.problem }
  const link: DigitalLink = { gtin: gtin.gtin, cpv: null, lot: null, serial: null }
  let last = -1
  for (let i = 0; i < rest.length; i += 2) {
    const ai = rest[i] ?? ""
    const raw = rest[i + 1]
    if (!isQualifier(ai) || raw === undefined || ORDER.indexOf(ai) <= last) return { ok: false, problem: "path" }
    last = ORDER.indexOf(ai)
    const checked = valueProblem(ai, raw)
    if ("problem" in checked) return { ok: false, problem: checked.problem }
    link[QUALIFIERS[ai]] = checked.value
  }
  return { ok: true, link, gtinPadded: gtin.gtin !== rawGtin }
}

/** The path of a trade item's page. */
export function tradeItemPath(gtin: string): string {
  return `/01/${gtin}`
}

/** The canonical path of a lot's page (the lot percent-encoded once). */
export function lotPath(gtin: string, lot: string): string {
  return `${tradeItemPath(gtin)}/10/${encodeDigitalLinkValue(lot)}`
}

/** The full Digital Link path with every qualifier the link has, in GS1's order. */
export function digitalLinkPath(link: DigitalLink): string {
  const parts = [tradeItemPath(link.gtin)]
  if (link.cpv !== null) parts.push(`22/${encodeDigitalLinkValue(link.cpv)}`)
  if (link.lot !== null) parts.push(`10/${encodeDigitalLinkValue(link.lot)}`)
  if (link.serial !== null) parts.push(`21/${encodeDigitalLinkValue(link.serial)}`)
  return parts.join("/")
}

/** The page a link is shown on: the lot's when it names one (serial and variant are not shown), else the trade item's. */
export function pagePath(link: DigitalLink): string {
  return link.lot === null ? tradeItemPath(link.gtin) : lotPath(link.gtin, link.lot)
}

/**
 * Splits a request pathname into its locale prefix and the segments after `/01`, or null when it is no Digital
 * Link path. The pathname is the raw one, so encoded slashes inside a lot stay inside their segment.
 */
export function matchDigitalLinkPathname(
  pathname: string,
  locales: readonly string[]
): { locale: string | null; segments: string[] } | null {
  const parts = pathname.split("/").slice(1)
  const locale = parts[0] !== undefined && locales.includes(parts[0]) ? parts[0] : null
  const rest = locale === null ? parts : parts.slice(1)
  if (rest[0] !== "01") return null
  return { locale, segments: rest.slice(1) }
}

/**
 * The lot code from the lot page's route parameter. The middleware rewrites to the canonical encoding and Next
 * passes that segment on as it is; should the parameter arrive decoded instead, it is taken as it is. Only the
 * canonical form re-encodes to itself, which tells the two apart.
 */
export function lotFromRouteParam(raw: string): string {
  const decoded = decodeDigitalLinkValue(raw)
  return decoded !== null && encodeDigitalLinkValue(decoded) === raw ? decoded : raw
}
