import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import { type FairAction, nextFairStatus } from "../../../modules/fair/rules/fair-phase"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that checks an operator's action on a fair's status. */
export const loadFairStatusStepId = "load-fair-status"

/** The status an action leads to at `now`, or 400 with why it is refused. */
export const loadFairStatusStep = createStep(loadFairStatusStepId, async (input: { id: string; action: FairAction; now: Date }, { container }) => {
  const fair = await container.resolve<FairModuleService>(FAIR_MODULE).retrieveFair(input.id, { select: ["id", "status", "starts_at", "ends_at"] })
  const next = nextFairStatus(fair, input.action, new Date(input.now))
  if ("error" in next) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.error)
  return new StepResponse({ id: fair.id, status: next.status })
})
