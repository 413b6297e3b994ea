import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import { fairPriceProblem } from "../../../modules/fair/rules/fair-dates"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that sets the products a booth features at fair prices. */
export const featureBoothProductsStepId = "feature-booth-products"

export type FeatureBoothProductsInput = { booth_id: string; cooperative_id: string; items: { variant_id: string; fair_price: number }[] }

type VariantRow = {
  id: string
  title: string | null
  product?: { title: string; status: string; cooperative?: { id: string } | null } | null
  prices?: ({ amount: number | string; currency_code: string; rules_count?: number | null; price_list_id?: string | null } | null)[] | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Gives a booth its featured product variants at fair prices. Each must be the booth's own cooperative's published
 * product, priced in đồng from zero to its regular price, and listed once. Undone by removing what was added.
 */
export const featureBoothProductsStep = createStep(
  featureBoothProductsStepId,
  async (input: FeatureBoothProductsInput, { container }) => {
    const ids = input.items.map((i) => i.variant_id)
    if (new Set(ids).size !== ids.length) throw invalid("Each product variant can be featured once per booth.")
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "title", "product.title", "product.status", "product.cooperative.id", "prices.amount", "prices.currency_code", "prices.rules_count", "prices.price_list_id"],
      filters: { id: ids },
    })
    const byId = new Map((data as unknown as VariantRow[]).map((v) => [v.id, v]))
    for (const item of input.items) {
      const variant = byId.get(item.variant_id)
      // Another cooperative's product reads as unknown, so product ids of others cannot be probed.
      if (!variant || variant.product?.cooperative?.id !== input.cooperative_id) throw invalid(`No product variant "${item.variant_id}" of your cooperative.`)
      const name = variant.title ? `${variant.product.title} (${variant.title})` : variant.product.title
      if (variant.product.status !== "published") throw invalid(`${name} is not on sale; only published products can be featured.`)
      const regular = (variant.prices ?? []).find((p) => p?.currency_code === "vnd" && !p.rules_count && !p.price_list_id)
      const problem = fairPriceProblem(item.fair_price, regular ? Number(regular.amount) : null, name)
      if (problem) throw invalid(problem)
    }
    const created = await container.resolve<FairModuleService>(FAIR_MODULE).createBoothProducts(input.items.map((i) => ({ booth_id: input.booth_id, fair_price: i.fair_price })))
    const links = created.map((row, i) => ({ [FAIR_MODULE]: { booth_product_id: row.id }, [Modules.PRODUCT]: { product_variant_id: input.items[i]!.variant_id } }))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(created, { ids: created.map((r) => r.id), links })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.links)
    await container.resolve<FairModuleService>(FAIR_MODULE).deleteBoothProducts(undo.ids)
  }
)
