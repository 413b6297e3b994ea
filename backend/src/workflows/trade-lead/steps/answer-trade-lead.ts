import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that records a cooperative's answer to a trade lead. */
export const answerTradeLeadStepId = "answer-trade-lead"

type Row = { id: string; status: string; cooperative?: { id: string; name: string } | null }

/** Records the answer of the lead's own cooperative (another's lead is "not found"), once. Undone by clearing it. */
export const answerTradeLeadStep = createStep(
  answerTradeLeadStepId,
  async (input: { id: string; cooperative_id: string; answer: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "trade_lead", fields: ["id", "status", "cooperative.id", "cooperative.name"], filters: { id: input.id } })
    const row = data[0] as unknown as Row | undefined
    if (!row || row.cooperative?.id !== input.cooperative_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No trade lead with id "${input.id}".`)
    if (row.status === "answered") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This inquiry is already answered.")
    const lead = await container.resolve<FairModuleService>(FAIR_MODULE).updateTradeLeads({ id: row.id, status: "answered", answer: input.answer, answered_at: new Date() })
    return new StepResponse({ lead, cooperative: row.cooperative!.name }, row.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FairModuleService>(FAIR_MODULE).updateTradeLeads({ id, status: "new", answer: null, answered_at: null })
  }
)
