import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamDay } from "./vietnam-time"

/** The OCOP rating printed on a lot's labels. */
export type OcopStars = { stars: number; potential_five_star: boolean }

type Certificate = { status?: string; stars?: number; potential_five_star?: boolean; expires_on?: string | Date | null }

const rank = (c: OcopStars) => c.stars * 2 + (c.potential_five_star ? 1 : 0)
const dayOf = (value: string | Date) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : vietnamDay(value))

/**
 * The product's best active OCOP rating (verified and not yet at its expiry day in Việt Nam), or null.
 * Read through the product ↔ OCOP certificate link, without depending on the OCOP module: where that link
 * does not exist (the module is not installed), or the read fails, the labels simply print no stars.
 */
export async function activeOcopStars(scope: MedusaContainer, productId: string, today = vietnamDay()): Promise<OcopStars | null> {
  try {
    const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "ocop_certificates.*"],
      filters: { id: productId },
    })
    const certificates = ((data[0] as { ocop_certificates?: (Certificate | null)[] } | undefined)?.ocop_certificates ?? []).filter(
      (c): c is Certificate => !!c
    )
    const active = certificates
      .filter((c) => c.status === "verified" && typeof c.stars === "number" && !!c.expires_on && today < dayOf(c.expires_on))
      .map((c) => ({ stars: c.stars!, potential_five_star: c.stars === 4 && !!c.potential_five_star }))
    return active.sort((a, b) => rank(b) - rank(a))[0] ?? null
  } catch {
    return null
  }
}
