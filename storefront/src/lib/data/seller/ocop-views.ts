// View types of the seller's OCOP certificate pages.

export type OcopCertificateStatus = "submitted" | "verified" | "rejected" | "revoked" | "expired"

/** OCOP groups I–VI, which the 26 product sets fall into. */
export type OcopGroup = "I" | "II" | "III" | "IV" | "V" | "VI"

/** A certificate as the cooperative's list shows it. */
export type SellerOcopCertificateRow = {
  id: string
  status: OcopCertificateStatus
  stars: number
  potentialFiveStar: boolean
  /** "11 · Chè và các sản phẩm từ chè", in the portal's language. */
  productSet: string
  issuingAuthority: string
  decisionNumber: string
  issuedLabel: string
  expiresLabel: string
  submittedLabel: string | null
  /** Why it was rejected or revoked. */
  statusReason: string | null
  /** Whether shoppers see the badge now (verified and not yet at its expiry day). */
  badgeActive: boolean
  documentUrl: string | null
  products: { id: string; title: string }[]
}

export type OcopProductSetOption = { code: number; name: string }

/** Product sets under their group, in the programme's order. */
export type OcopProductSetGroup = { group: OcopGroup | null; groupLabel: string; sets: OcopProductSetOption[] }

/** One of the cooperative's products a certificate can name. */
export type OcopProductOption = { id: string; title: string; thumbnail: string | null; draft: boolean }

/** What the certificate form edits; also the input of the submit action. Dates are `YYYY-MM-DD` or "". */
export type OcopCertificateFormValues = {
  productIds: string[]
  stars: "" | "3" | "4" | "5"
  potentialFiveStar: boolean
  productSet: string
  issuingAuthority: string
  decisionNumber: string
  issuedOn: string
  expiresOn: string
  documentUrl: string
}

/** The first thing the form still needs, named after its message in `OcopSeller.problems`. */
export type OcopFormProblem =
  | "products"
  | "tooManyProducts"
  | "stars"
  | "productSet"
  | "authority"
  | "decision"
  | "issuedOn"
  | "issuedOnFuture"
  | "expiresOn"
  | "expiresTooLate"
  | "expired"
  | "document"

/** Why a chosen certificate file cannot be sent, named after its message in `OcopSeller.problems`. */
export type OcopDocumentProblem = "documentType" | "documentTooLarge"

/** A certificate scan the backend has stored. */
export type UploadedDocument = { url: string; mimeType: string; name: string }
