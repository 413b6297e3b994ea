import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"
import { fairView } from "./fair-view"

type BoothRow = {
  id: string
  fair_id: string
  code: string | null
  status: string
  reject_reason: string | null
  cooperative?: { id: string } | null
  products?: { id: string; fair_price: number | string; product_variant?: { id: string; title: string | null; product?: { title: string } | null } | null }[] | null
}

/** Fairs a cooperative can take part in (taking applications, upcoming or live), each with its own booth if it has one. */
export async function listCooperativeFairs(scope: MedusaContainer, cooperativeId: string, now: Date) {
  const fairs = await scope.resolve<FairModuleService>(FAIR_MODULE).listFairs({ status: ["open", "published"], ends_at: { $gt: now } }, { order: { starts_at: "ASC" } })
  const { data } = fairs.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "booth",
        fields: ["id", "fair_id", "code", "status", "reject_reason", "cooperative.id", "products.id", "products.fair_price", "products.product_variant.id", "products.product_variant.title", "products.product_variant.product.title"],
        filters: { fair_id: fairs.map((f) => f.id) },
      })
    : { data: [] }
  const own = new Map((data as unknown as BoothRow[]).filter((b) => b.cooperative?.id === cooperativeId).map((b) => [b.fair_id, b]))
  return fairs.map((fair) => {
    const booth = own.get(fair.id)
    return {
      ...fairView(fair, now),
      booth: booth
        ? {
            id: booth.id,
            code: booth.code,
            status: booth.status,
            reject_reason: booth.reject_reason,
            products: (booth.products ?? []).map((p) => ({
              variant_id: p.product_variant?.id ?? null,
              title: p.product_variant?.product?.title ?? "",
              variant_title: p.product_variant?.title ?? null,
              fair_price: MathBN.convert(p.fair_price).toNumber(),
            })),
          }
        : null,
    }
  })
}
