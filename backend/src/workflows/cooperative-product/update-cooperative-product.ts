import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { stockByTitle, toMedusaProductFields } from "./product-input"
import { loadSellingContextStep } from "./steps/load-selling-context"
import { setOptionValuesStep } from "./steps/set-option-values"
import { setVariantStockStep } from "./steps/set-variant-stock"
import type { CooperativeProductInput } from "./types"

export const UPDATE_COOPERATIVE_PRODUCT_WORKFLOW = "update-cooperative-product"

/** A cooperative edits its product; a given variant list replaces the old one (kept ids update, new rows add, missing ones go). */
export const updateCooperativeProductWorkflow = createWorkflow(
  UPDATE_COOPERATIVE_PRODUCT_WORKFLOW,
  (input: { cooperative_id: string; product_id: string; product: Partial<CooperativeProductInput> & { archived?: boolean } }) => {
    const context = loadSellingContextStep(transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        category_ids: input.product.category_ids,
        image_urls: input.product.images?.map((image) => image.url),
      })))
    const { data: current } = useQueryGraphStep({ entity: "product", fields: ["id", "metadata", "variants.id", "variants.sku"], filters: { id: input.product_id } })
    const update = transform({ input, context, current }, ({ input, context, current }) => {
      const metadata = { ...((current[0]?.metadata as Record<string, unknown> | null) ?? {}) }
      if (input.product.archived !== undefined) metadata.archived_at = input.product.archived ? new Date().toISOString() : null
      const fields = toMedusaProductFields(input.product, context, metadata)
      // Medusa refuses to "change" a SKU to the value it already has, so an unchanged SKU is left out.
      const skus = new Map(((current[0]?.variants ?? []) as { id: string; sku: string | null }[]).map((v) => [v.id, v.sku]))
      if (Array.isArray(fields.variants)) {
        fields.variants = (fields.variants as { id?: string; sku?: string | null }[]).map(({ sku, ...variant }) =>
          variant.id && skus.get(variant.id) === sku ? variant : { ...variant, sku }
        )
      }
      return { selector: { id: input.product_id }, update: { metadata, ...fields } }
    })
    const titles = transform({ input }, ({ input }) => input.product.variants?.map((v) => v.title) ?? null)
    setOptionValuesStep(transform({ input, titles }, ({ input, titles }) => ({ product_id: input.product_id, values: titles, phase: "add" as const })))
    updateProductsWorkflow.runAsStep({ input: update as never })
    setOptionValuesStep(
      transform({ input, titles }, ({ input, titles }) => ({ product_id: input.product_id, values: titles, phase: "trim" as const }))
    ).config({ name: "trim-option-values" })
    setVariantStockStep(
      transform({ input, context }, ({ input, context }) => ({
        product_id: input.product_id,
        location_id: context.stock_location_id,
        stock_by_title: stockByTitle(input.product),
      }))
    )
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
