import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that records an operator's decision on a booth. */
export const decideBoothStepId = "decide-booth"

export type DecideBoothInput = { fair_id: string; booth_id: string; decision: "approved" | "rejected"; reason?: string; code?: string }

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Approves a booth (with its booth code) or rejects it with a reason. An approved booth needs an approved cooperative
 * and a code no other booth of the fair has. Undone by putting the booth back as it was.
 */
export const decideBoothStep = createStep(
  decideBoothStepId,
  async (input: DecideBoothInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "booth",
      fields: ["id", "status", "code", "reject_reason", "fair_id", "cooperative.name", "cooperative.status"],
      filters: { id: input.booth_id, fair_id: input.fair_id },
    })
    const booth = data[0] as { id: string; status: string; code: string | null; reject_reason: string | null; cooperative?: { name: string; status: string } | null } | undefined
    if (!booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No booth "${input.booth_id}" in this fair.`)
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    if (input.decision === "approved") {
      if (booth.cooperative?.status !== "approved") throw refuse(`${booth.cooperative?.name ?? "This cooperative"} is not an approved cooperative; its booth cannot be approved.`)
      const code = input.code ?? booth.code
      if (!code) throw new MedusaError(MedusaError.Types.INVALID_DATA, "An approved booth needs a booth code (code), such as A12.")
      const [taken] = await fairs.listBooths({ fair_id: input.fair_id, code }, { select: ["id"] })
      if (taken && taken.id !== booth.id) throw refuse(`Booth code ${code} is already another booth's in this fair.`)
    }
    const before = { id: booth.id, status: booth.status, code: booth.code, reject_reason: booth.reject_reason }
    const updated = await fairs.updateBooths({
      id: booth.id,
      status: input.decision,
      ...(input.decision === "approved" ? { code: input.code ?? booth.code, reject_reason: null } : { reject_reason: input.reason ?? null }),
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<FairModuleService>(FAIR_MODULE).updateBooths(before as never)
  }
)
