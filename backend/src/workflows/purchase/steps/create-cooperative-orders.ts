import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { PaymentMethod, TransferAccount } from "../payment-method"

/** Id of the step that opens the cooperatives' side of new orders. */
export const createCooperativeOrdersStepId = "create-cooperative-orders"

export type CreateCooperativeOrdersInput = ({ cooperative_id: string; payment_method: PaymentMethod; paid_at?: Date } & Partial<TransferAccount>)[]

/** Creates one `cooperative_order` (state new, with how it is paid) per cooperative, in the given order; removed again if a later step fails. */
export const createCooperativeOrdersStep = createStep(
  createCooperativeOrdersStepId,
  async (input: CreateCooperativeOrdersInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const created = await service.createCooperativeOrders(input.map((row) => ({ ...row, state: "new" as const })))
    return new StepResponse(created, created.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperativeOrders(ids)
  }
)
