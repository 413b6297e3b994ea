import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { type ShippingOptionRow, type ShippingRegion, toStoreShippingOptions } from "../../lib/shipping/store-shipping-options"

/** Id of the workflow that lists how an approved cooperative's products reach a shopper of a region. */
export const listCooperativeShippingOptionsWorkflowId = "list-cooperative-shipping-options"

export type ListCooperativeShippingOptionsInput = { handle: string; region_id: string }

type CooperativeRow = { id: string; street: string; commune: string; province: string; shipping_profile?: { id: string } | null }
type RegionRow = { id: string; currency_code: string; countries?: { iso_2?: string | null }[] | null }

/** An approved cooperative's shipping options for a region (price in its currency, delivery days, pickup address); 404 for any other cooperative. */
export const listCooperativeShippingOptionsWorkflow = createWorkflow(listCooperativeShippingOptionsWorkflowId, (input: ListCooperativeShippingOptionsInput) => {
  const { data: cooperatives } = useQueryGraphStep({
    entity: "cooperative",
    fields: ["id", "street", "commune", "province", "shipping_profile.id"],
    filters: { handle: input.handle, status: "approved" },
  }).config({ name: "get-cooperative" })
  const { data: regions } = useQueryGraphStep({
    entity: "region",
    fields: ["id", "currency_code", "countries.iso_2"],
    filters: { id: input.region_id },
  }).config({ name: "get-region" })

  const found = transform({ cooperatives, regions, input }, ({ cooperatives, regions, input }) => {
    const cooperative = cooperatives[0] as unknown as CooperativeRow | undefined
    if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative with handle "${input.handle}".`)
    const row = regions[0] as unknown as RegionRow | undefined
    if (!row) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id "${input.region_id}" is not a region of this store.`)
    const region: ShippingRegion = { id: row.id, currency_code: row.currency_code, countries: (row.countries ?? []).flatMap((c) => (c.iso_2 ? [c.iso_2] : [])) }
    // An id that matches nothing keeps a cooperative without logistics from listing every option.
    return { cooperative, region, profileId: cooperative.shipping_profile?.id ?? "-" }
  })

  const { data: options } = useQueryGraphStep({
    entity: "shipping_option",
    fields: [
      "id",
      "name",
      "metadata",
      "type.code",
      "rules.attribute",
      "rules.operator",
      "rules.value",
      "service_zone.geo_zones.country_code",
      "prices.amount",
      "prices.currency_code",
      "prices.price_rules.attribute",
      "prices.price_rules.value",
    ],
    filters: { shipping_profile_id: found.profileId },
  }).config({ name: "get-shipping-options" })

  const result = transform({ found, options }, ({ found, options }) => {
    const { street, commune, province } = found.cooperative
    return toStoreShippingOptions(options as unknown as ShippingOptionRow[], found.region, { street, commune, province })
  })
  return new WorkflowResponse(result)
})
