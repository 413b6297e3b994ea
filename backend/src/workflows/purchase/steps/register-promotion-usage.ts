import type { CampaignBudgetUsageContext, UsageComputedActions } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Id of the step that counts a purchase's promotions against their budgets. */
export const registerPromotionUsageStepId = "register-promotion-usage"

export type RegisterPromotionUsageInput = { computedActions: UsageComputedActions[]; registrationContext: CampaignBudgetUsageContext }

/** Registers the usage of the promotions applied to a cart (Medusa does not export its own step); reverted if a later step fails. */
export const registerPromotionUsageStep = createStep(
  registerPromotionUsageStepId,
  async (input: RegisterPromotionUsageInput, { container }) => {
    if (!input.computedActions.length) return new StepResponse(null, null)
    await container.resolve(Modules.PROMOTION).registerUsage(input.computedActions, input.registrationContext)
    return new StepResponse(null, input)
  },
  async (input, { container }) => {
    if (!input?.computedActions.length) return
    await container.resolve(Modules.PROMOTION).revertUsage(input.computedActions, input.registrationContext)
  }
)
