import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { activeOcopStars } from "../ocop-stars"

// A container whose query answers a product with these certificates, or fails the way a missing link does.
function scopeWith(certificates: Record<string, unknown>[] | Error): MedusaContainer {
  const query = {
    graph: async () => {
      if (certificates instanceof Error) throw certificates
      return { data: [{ id: "prod_01", ocop_certificates: certificates }] }
    },
  }
  return { resolve: (key: string) => (key === ContainerRegistrationKeys.QUERY ? query : undefined) } as unknown as MedusaContainer
}

const TODAY = "2025-06-14"

describe("activeOcopStars", () => {
  it("picks the best verified certificate that has not reached its expiry day", async () => {
    const stars = await activeOcopStars(
      scopeWith([
        { status: "verified", stars: 3, potential_five_star: false, expires_on: "2027-01-01" },
        { status: "verified", stars: 4, potential_five_star: true, expires_on: "2026-01-01" },
        { status: "verified", stars: 4, potential_five_star: false, expires_on: "2028-01-01" },
        { status: "revoked", stars: 5, potential_five_star: false, expires_on: "2028-01-01" },
        { status: "verified", stars: 5, potential_five_star: false, expires_on: TODAY },
        null as unknown as Record<string, unknown>,
      ]),
      "prod_01",
      TODAY
    )
    expect(stars).toEqual({ stars: 4, potential_five_star: true })
  })

  it("reads expiry given as a timestamp on its Việt Nam day", async () => {
    const expiresAtMidnight = new Date("2025-06-13T17:00:00Z")
    expect(await activeOcopStars(scopeWith([{ status: "verified", stars: 5, expires_on: expiresAtMidnight }]), "prod_01", TODAY)).toBeNull()
    expect(await activeOcopStars(scopeWith([{ status: "verified", stars: 5, expires_on: new Date("2025-06-14T17:00:00Z") }]), "prod_01", TODAY)).toEqual({
      stars: 5,
      potential_five_star: false,
    })
  })

  it("prints no stars when the product has none or the certificates cannot be read", async () => {
    expect(await activeOcopStars(scopeWith([]), "prod_01", TODAY)).toBeNull()
    expect(await activeOcopStars(scopeWith(new Error("Entity 'product' has no field 'ocop_certificates'")), "prod_01", TODAY)).toBeNull()
  })
})
