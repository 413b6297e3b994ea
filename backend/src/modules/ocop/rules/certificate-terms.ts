import { OCOP_LEGAL_BASIS, OCOP_PRODUCT_SETS, productSet } from "./product-sets"
import { addMonths, isCalendarDay } from "./vietnam-day"

/** What a certificate says about itself, as a cooperative submits it. */
export type CertificateTerms = {
  stars: number
  potential_five_star?: boolean
  product_set: number
  issued_on: string
  expires_on?: string | null
}

/** Most products one certificate may name. */
export const MAX_CERTIFICATE_PRODUCTS = 20

/** The expiry day: the one given, or the issue day plus the legal validity (36 months). */
export function expiryDay(issuedOn: string, expiresOn?: string | null): string {
  return expiresOn ?? addMonths(issuedOn, OCOP_LEGAL_BASIS.validity_months)
}

/** The first thing wrong with a certificate's terms, as a sentence a cooperative can act on; null when they hold. */
export function certificateTermsProblem(terms: CertificateTerms, today: string): string | null {
  if (!(OCOP_LEGAL_BASIS.stars as readonly number[]).includes(terms.stars)) return "stars must be 3, 4 or 5."
  if (terms.potential_five_star && terms.stars !== 4) return "potential_five_star applies only to 4-star certificates (4★, potential 5★)."
  if (!productSet(terms.product_set)) return `product_set must be one of the ${OCOP_PRODUCT_SETS.length} OCOP product sets, numbered 1 to ${OCOP_PRODUCT_SETS.length}.`
  if (!isCalendarDay(terms.issued_on)) return "issued_on must be a real day written YYYY-MM-DD, such as 2025-03-14."
  if (terms.issued_on > today) return "issued_on cannot be in the future: enter the day written on the certificate."
  if (terms.expires_on != null && !isCalendarDay(terms.expires_on)) return "expires_on must be a real day written YYYY-MM-DD, such as 2028-03-14."
  const expires = expiryDay(terms.issued_on, terms.expires_on)
  if (expires <= terms.issued_on) return "expires_on must be after issued_on."
  const latest = addMonths(terms.issued_on, OCOP_LEGAL_BASIS.validity_months)
  if (expires > latest) return `An OCOP certificate is valid at most ${OCOP_LEGAL_BASIS.validity_months} months: expires_on can be ${latest} at the latest.`
  if (expires <= today) return `This certificate expired on ${expires}: submit a certificate that is still valid.`
  return null
}

/** A decision number compared the way people write it: case, spacing and spaces around "/" or "-" do not matter. */
export function normalizeDecisionNumber(text: string): string {
  return text.normalize("NFC").trim().toLowerCase().replace(/\s*([/-])\s*/g, "$1").replace(/\s+/g, " ")
}
