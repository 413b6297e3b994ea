import { demoCategories } from "./categories"
import { addDays, stableHash } from "./stable-hash"
import type { DemoCooperative } from "./types"

/** One demo OCOP certificate: a decision that rates one or more of a cooperative's products of one category. */
export type DemoOcopCertificate = {
  cooperative_handle: string
  product_handles: string[]
  stars: 3 | 4 | 5
  potential_five_star: boolean
  product_set: number
  issuing_authority: string
  decision_number: string
  issued_on: string
  /** Most are verified; a few wait in the operators' queue. */
  status: "verified" | "submitted"
}

const PROVINCE = "UBND tỉnh Tuyên Quang"
// Five-star products are recognised centrally; the ministry took its current name on 1 March 2025.
const MINISTRY_BEFORE_2025 = "Bộ Nông nghiệp và Phát triển nông thôn"
const MINISTRY = "Bộ Nông nghiệp và Môi trường"

function starsFor(hash: number): { stars: 3 | 4 | 5; potential_five_star: boolean } {
  const roll = hash % 20
  if (roll < 2) return { stars: 5, potential_five_star: false }
  if (roll < 4) return { stars: 4, potential_five_star: true }
  if (roll < 12) return { stars: 4, potential_five_star: false }
  return { stars: 3, potential_five_star: false }
}

/**
 * Certificates for the demo catalogue, relative to `today` so badges stay valid whenever the seed runs:
 * each cooperative's products are grouped by category, one decision per group; about one group in eight has none,
 * one in twelve is still waiting for an operator, and one certificate expires within 60 days (the warnings show).
 */
export function planOcopCertificates(cooperatives: DemoCooperative[], today: string): DemoOcopCertificate[] {
  const setByCategory = new Map(demoCategories.map((c) => [c.handle, c.ocop_sets[0] ?? 1]))
  const plans: DemoOcopCertificate[] = []
  for (const coop of cooperatives) {
    const groups = new Map<string, string[]>()
    for (const product of coop.products) groups.set(product.category, [...(groups.get(product.category) ?? []), product.handle])
    for (const [category, handles] of groups) {
      const hash = stableHash(`${coop.handle}/${category}`)
      if (hash % 8 === 0) continue
      const { stars, potential_five_star } = starsFor(hash >>> 5)
      // Issued between about 34 and 4 months ago: valid today, expiring at different times.
      const issued_on = addDays(today, -(120 + ((hash >>> 9) % 900)))
      const central = stars === 5
      plans.push({
        cooperative_handle: coop.handle,
        product_handles: handles,
        stars,
        potential_five_star,
        product_set: setByCategory.get(category) ?? 1,
        issuing_authority: central ? (issued_on < "2025-03-01" ? MINISTRY_BEFORE_2025 : MINISTRY) : PROVINCE,
        decision_number: central ? `${100 + ((hash >>> 3) % 800)}/QĐ-BNN` : `${1000 + ((hash >>> 3) % 2000)}/QĐ-UBND`,
        issued_on,
        status: (hash >>> 13) % 12 === 0 ? "submitted" : "verified",
      })
    }
  }
  // One verified certificate close to its end, so the expiry warning and the badge's last days can be seen.
  const expiringSoon = plans.find((p) => p.status === "verified" && p.stars === 4)
  if (expiringSoon) expiringSoon.issued_on = addDays(addDays(today, 45), -3 * 365 - 1)
  return plans
}
