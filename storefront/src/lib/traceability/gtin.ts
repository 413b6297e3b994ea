// GS1 GTIN rules (GS1 General Specifications §7.9): 8, 12, 13 or 14 digits, the last one a mod-10 check digit.

/** Why a GTIN is refused; each has a sentence in `TraceErrors`. */
export type GtinProblem = "gtin_digits" | "gtin_length" | "gtin_check_digit"

const LENGTHS = new Set([8, 12, 13, 14])

/** The check digit for the digits before it: weights 3,1,3,1… from the right; (10 − sum mod 10) mod 10. */
export function gtinCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i += 1) {
    const digit = Number(body[body.length - 1 - i])
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

/** A GTIN as the 14 digits it is stored as (left-padded with zeros), or why it is not a GTIN. */
export function normalizeGtin(raw: string): { gtin: string } | { problem: GtinProblem } {
  const value = raw.trim()
  if (!/^\d+$/.test(value)) return { problem: "gtin_digits" }
  if (!LENGTHS.has(value.length)) return { problem: "gtin_length" }
  if (gtinCheckDigit(value.slice(0, -1)) !== Number(value.slice(-1))) return { problem: "gtin_check_digit" }
  return { gtin: value.padStart(14, "0") }
}
