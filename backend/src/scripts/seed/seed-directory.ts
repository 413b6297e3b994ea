import type { MedusaContainer } from "@medusajs/framework/types"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { demoBankAccount } from "../demo-data/bank-accounts"
import { demoCategories } from "../demo-data/categories"
import type { DemoCooperative } from "../demo-data/types"

/** The storefront's categories, in OCOP-group order, with their English names in metadata. */
export async function createDemoCategories(container: MedusaContainer) {
  const { result } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: demoCategories.map((c, rank) => ({
        name: c.name_vi,
        handle: c.handle,
        description: c.description_vi,
        is_active: true,
        rank,
        metadata: { name_en: c.name_en, description_en: c.description_en, ocop_sets: c.ocop_sets, art: c.art },
      })),
    },
  })
  return result
}

/** Cooperatives from the demo directory (without their products, with a demo bank account), in the given status, each with its first history entry. */
export async function createDemoCooperatives(
  container: MedusaContainer,
  cooperatives: DemoCooperative[],
  status: "approved" | "pending" = "approved"
) {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const created = await service.createCooperatives(
    cooperatives.map(({ products: _products, founded_on, ...coop }, i) => ({ ...coop, ...demoBankAccount(coop, i), founded_on: new Date(founded_on), status }))
  )
  // Applications are made by the cooperative; the directory the province already keeps arrives approved.
  await service.createCooperativeStatusChanges(
    created.map((c) => ({
      cooperative_id: c.id,
      from_status: null,
      to_status: status,
      reason: status === "approved" ? "Có trong cơ sở dữ liệu HTX của tỉnh" : null,
      actor_type: status === "approved" ? ("system" as const) : ("seller" as const),
      actor_id: null,
    }))
  )
  return created
}
