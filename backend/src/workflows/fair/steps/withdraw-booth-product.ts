import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import { fairPhase } from "../../../modules/fair/rules/fair-phase"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that takes a featured product out of a booth. */
export const withdrawBoothProductStepId = "withdraw-booth-product"

/** `now` may arrive as an ISO string: workflow inputs are serialised. */
export type WithdrawBoothProductInput = { fair_id: string; booth_id: string; booth_product_id: string; now: Date | string }

type BoothRow = { id: string; fair?: { status: string; starts_at: Date; ends_at: Date } | null; products?: ({ id: string; product_variant?: { id: string } | null } | null)[] | null }

/**
 * An operator curating a fair takes a product out of a booth (it stops being sold at the fair price). Refused for a fair
 * that is over, and for a booth's last product (reject the booth instead). Undone by featuring it again at its price.
 */
export const withdrawBoothProductStep = createStep(
  withdrawBoothProductStepId,
  async (input: WithdrawBoothProductInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "booth",
      fields: ["id", "fair.status", "fair.starts_at", "fair.ends_at", "products.id", "products.product_variant.id"],
      filters: { id: input.booth_id, fair_id: input.fair_id },
    })
    const booth = data[0] as unknown as BoothRow | undefined
    const product = booth?.products?.find((p) => p?.id === input.booth_product_id)
    if (!booth || !product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No featured product "${input.booth_product_id}" in this booth.`)
    const phase = booth.fair ? fairPhase(booth.fair as never, new Date(input.now)) : "archived"
    if (phase === "ended" || phase === "archived") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This fair is over; its booths can no longer change.")
    if ((booth.products ?? []).filter(Boolean).length < 2) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A booth features at least one product; to take the booth out of the fair, reject it with a reason.")
    }
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const [row] = await fairs.listBoothProducts({ id: product.id }, { select: ["id", "fair_price"] })
    const link = { [FAIR_MODULE]: { booth_product_id: product.id }, [Modules.PRODUCT]: { product_variant_id: product.product_variant?.id ?? "" } }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss([link])
    await fairs.deleteBoothProducts([product.id])
    return new StepResponse(product.id, { booth_id: booth.id, fair_price: Number(row!.fair_price), link })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const [restored] = await fairs.createBoothProducts([{ booth_id: undo.booth_id, fair_price: undo.fair_price }])
    await container.resolve(ContainerRegistrationKeys.LINK).create([{ ...undo.link, [FAIR_MODULE]: { booth_product_id: restored!.id } }])
  }
)
