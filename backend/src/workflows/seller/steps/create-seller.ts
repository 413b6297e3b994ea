import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const CREATE_SELLER_STEP = "create-seller"

export type CreateSellerInput = { email: string; full_name: string; phone: string | null }

/** Creates the person behind a seller login; one person per e-mail. */
export const createSellerStep = createStep(
  CREATE_SELLER_STEP,
  async (input: CreateSellerInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const email = input.email.toLowerCase()
    const [existing] = await service.listSellers({ email }, { take: 1 })
    if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `An account for ${email} already exists: sign in instead.`)
    const seller = await service.createSellers({ ...input, email })
    return new StepResponse(seller, seller.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteSellers(id)
  }
)
