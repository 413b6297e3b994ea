import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseEnv, vndPerUsd } from "../../../lib/env"
import { publicFilesBase } from "../../../lib/file-module"
import { holdingSalesChannelId, storeSalesChannelId } from "../../cooperative/steps/sync-product-visibility"

export const LOAD_SELLING_CONTEXT_STEP = "load-cooperative-selling-context"

export type SellingContext = {
  cooperative_id: string
  /** Prefix of the cooperative's SKUs: each cooperative numbers its own products, Medusa needs them unique store-wide. */
  sku_prefix: string
  approved: boolean
  shipping_profile_id: string
  stock_location_id: string
  /** The store's channel when the cooperative is approved, the holding channel otherwise. */
  sales_channel_id: string
  vnd_per_usd: number
}

/** What a cooperative's product needs around it: its shipping profile, stock location and sales channel; checks categories and that images are uploads. */
export const loadSellingContextStep = createStep(
  LOAD_SELLING_CONTEXT_STEP,
  async (input: { cooperative_id: string; category_ids?: string[]; image_urls?: string[] }, { container }) => {
    const base = publicFilesBase(parseEnv(process.env))
    const foreign = (input.image_urls ?? []).find((url) => !url.startsWith(base))
    if (foreign) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Image ${foreign} was not uploaded here: upload photos through /cooperative/uploads.`)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cooperative",
      fields: ["id", "handle", "status", "shipping_profile.id", "stock_location.id"],
      filters: { id: input.cooperative_id },
    })
    const coop = data[0] as { id: string; handle: string; status: string; shipping_profile?: { id: string } | null; stock_location?: { id: string } | null } | undefined
    if (!coop?.shipping_profile?.id || !coop.stock_location?.id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cooperative has no shipping set up yet: ask the marketplace operator.")
    }
    if (input.category_ids?.length) {
      const { data: categories } = await query.graph({
        entity: "product_category",
        fields: ["id"],
        filters: { id: input.category_ids, is_active: true, is_internal: false },
      })
      const known = new Set(categories.map((c) => c.id))
      const unknown = input.category_ids.filter((id) => !known.has(id))
      if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown category: ${unknown.join(", ")}.`)
    }
    const context: SellingContext = {
      cooperative_id: coop.id,
      sku_prefix: coop.handle,
      approved: coop.status === "approved",
      shipping_profile_id: coop.shipping_profile.id,
      stock_location_id: coop.stock_location.id,
      sales_channel_id: coop.status === "approved" ? await storeSalesChannelId(container) : await holdingSalesChannelId(container),
      vnd_per_usd: vndPerUsd(),
    }
    return new StepResponse(context)
  }
)
