import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { tradeLeadEmail } from "../../lib/emails/trade-lead"
import { answerTradeLeadStep } from "./steps/answer-trade-lead"

/** Id of the workflow in which a cooperative answers a trade lead. */
export const answerTradeLeadWorkflowId = "answer-trade-lead"

/** A cooperative answers an inquiry of its own; the buyer gets the answer by e-mail. */
export const answerTradeLeadWorkflow = createWorkflow(answerTradeLeadWorkflowId, (input: { id: string; cooperative_id: string; answer: string }) => {
  const answered = answerTradeLeadStep(input)
  sendNotificationsStep(
    transform({ answered }, ({ answered }) => [
      {
        to: answered.lead.email,
        channel: "email",
        template: "trade-lead-answered",
        content: tradeLeadEmail("answer", { ...answered.lead, cooperative: answered.cooperative }),
        data: { trade_lead_id: answered.lead.id },
      },
    ])
  )
  return new WorkflowResponse(transform({ answered }, ({ answered }) => answered.lead))
})
