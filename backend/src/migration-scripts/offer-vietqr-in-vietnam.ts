import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { VIETQR_PROVIDER_ID } from "../modules/payment-vietqr"

/** Databases seeded before VietQR existed: their đồng regions offer it beside the payment providers they already have. */
export default async function offerVietQrInVietnam({ container }: { container: MedusaContainer }) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "currency_code", "payment_providers.id"],
    filters: { currency_code: "vnd" },
  })
  const regions = data as unknown as { id: string; payment_providers?: { id: string }[] | null }[]
  for (const region of regions) {
    const providers = (region.payment_providers ?? []).map((p) => p.id)
    if (providers.includes(VIETQR_PROVIDER_ID)) continue
    await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: [...providers, VIETQR_PROVIDER_ID] } } })
  }
}
