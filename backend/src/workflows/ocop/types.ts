/** A certificate as a cooperative submits it. */
export type OcopSubmission = {
  product_ids: string[]
  stars: number
  potential_five_star?: boolean
  product_set: number
  issuing_authority: string
  decision_number: string
  issued_on: string
  expires_on?: string | null
  document_url: string
}

/** Who changed a certificate: an operator (user), a cooperative member (seller) or the daily job (system). */
export type OcopActor = { type: "user" | "seller" | "system"; id: string | null }
