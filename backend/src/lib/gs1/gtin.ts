/** The GTIN lengths GS1 issues: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14. */
export const GTIN_LENGTHS = [8, 12, 13, 14] as const

/** A GTIN read from text: its 14-digit form, or the reason it is not one. */
export type GtinParse = { ok: true; gtin14: string; length: (typeof GTIN_LENGTHS)[number] } | { ok: false; reason: string }

/** The mod-10 check digit of a GTIN without its last digit: from the right, digits weigh 3, 1, 3, 1… */
export function checkDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error(`"${body}" must contain digits only.`)
  let sum = 0
  for (let i = body.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(body[i]) * weight
  return (10 - (sum % 10)) % 10
}

/** The full GTIN for a body of 7, 11, 12 or 13 digits: the body followed by its check digit. */
export function withCheckDigit(body: string): string {
  return `${body}${checkDigit(body)}`
}

/** Reads a GTIN-8/12/13/14, verifies its check digit and pads it to 14 digits; the reason says what is wrong. */
export function parseGtin(input: string): GtinParse {
  const value = input.trim()
  if (!value) return { ok: false, reason: "GTIN is required: enter the 8, 12, 13 or 14 digits under the barcode." }
  if (!/^\d+$/.test(value)) return { ok: false, reason: `GTIN "${value}" must contain digits only (no letters, spaces or dashes).` }
  const length = GTIN_LENGTHS.find((n) => n === value.length)
  if (!length) return { ok: false, reason: `GTIN ${value} has ${value.length} digits: a GTIN has 8, 12, 13 or 14 digits.` }
  if (/^0+$/.test(value)) return { ok: false, reason: "GTIN cannot be all zeros." }
  const expected = checkDigit(value.slice(0, -1))
  const actual = Number(value.at(-1))
  if (expected !== actual) {
    return { ok: false, reason: `GTIN ${value} has a wrong check digit: the last digit should be ${expected}, not ${actual}.` }
  }
  return { ok: true, gtin14: value.padStart(14, "0"), length }
}

/** The 14-digit form of a valid GTIN; throws an Error whose message says what is wrong otherwise. */
export function toGtin14(input: string): string {
  const parsed = parseGtin(input)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.gtin14
}

/** Whether text is a GTIN-8/12/13/14 with a correct check digit. */
export const isGtin = (input: string) => parseGtin(input).ok
