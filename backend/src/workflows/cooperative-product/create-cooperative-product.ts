import { randomBytes } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { toHandle } from "../../lib/handle"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { stockByTitle, toMedusaProductFields, variantOptions } from "./product-input"
import { loadSellingContextStep } from "./steps/load-selling-context"
import { setVariantStockStep } from "./steps/set-variant-stock"
import type { CooperativeProductInput } from "./types"

export const CREATE_COOPERATIVE_PRODUCT_WORKFLOW = "create-cooperative-product"

/** A cooperative lists a product: shipped on its own profile, stocked at its own location, visible only once it is approved. */
export const createCooperativeProductWorkflow = createWorkflow(
  CREATE_COOPERATIVE_PRODUCT_WORKFLOW,
  (input: { cooperative_id: string; product: CooperativeProductInput }) => {
    const context = loadSellingContextStep(transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        category_ids: input.product.category_ids,
        image_urls: input.product.images?.map((image) => image.url),
      })))
    const products = transform({ input, context }, ({ input, context }) => [
      {
        ...toMedusaProductFields({ status: "draft", ...input.product }, context),
        options: variantOptions(input.product),
        handle: `${toHandle(input.product.title) || "san-pham"}-${randomBytes(3).toString("hex")}`,
        shipping_profile_id: context.shipping_profile_id,
        sales_channels: [{ id: context.sales_channel_id }],
      },
    ])
    const created = createProductsWorkflow.runAsStep({ input: { products } as never })
    const product = transform({ created }, ({ created }) => created[0])
    setVariantStockStep(
      transform({ product, context, input }, ({ product, context, input }) => ({
        product_id: product.id,
        location_id: context.stock_location_id,
        stock_by_title: stockByTitle(input.product),
      }))
    )
    createRemoteLinkStep(
      transform({ product, input }, ({ product, input }) => [
        { [Modules.PRODUCT]: { product_id: product.id }, [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id } },
      ])
    )
    return new WorkflowResponse(product)
  }
)
