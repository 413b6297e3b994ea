import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { tradeLeadEmail } from "../../lib/emails/trade-lead"
import { storefrontUrl } from "../../lib/env"
import { type CreateTradeLeadInput, createTradeLeadStep } from "./steps/create-trade-lead"

/** Id of the workflow in which a business buyer sends a cooperative a trade inquiry. */
export const submitTradeLeadWorkflowId = "submit-trade-lead"

type Contacts = { name: string; email: string; members?: { email: string; role: string }[] | null }

/** Records the inquiry (see createTradeLeadStep), e-mails it to the cooperative and its owners, and confirms it to the buyer. */
export const submitTradeLeadWorkflow = createWorkflow(submitTradeLeadWorkflowId, (input: CreateTradeLeadInput) => {
  const created = createTradeLeadStep(input)
  const { data } = useQueryGraphStep({
    entity: "cooperative",
    fields: ["name", "email", "members.email", "members.role"],
    filters: { id: transform({ created }, ({ created }) => created.cooperative_id) },
  })
  const notifications = transform({ created, data }, ({ created, data }) => {
    const coop = data[0] as unknown as Contacts
    const facts = { ...created.lead, cooperative: coop.name }
    const toCooperative = tradeLeadEmail("toCooperative", facts, `${storefrontUrl()}/seller/trade-leads`)
    const recipients = [...new Set([coop.email, ...(coop.members ?? []).filter((m) => m.role === "owner").map((m) => m.email)].map((e) => e.toLowerCase()))]
    return [
      ...recipients.map((to) => ({ to, channel: "email", template: "trade-lead-new", content: toCooperative, data: { trade_lead_id: created.lead.id } })),
      { to: created.lead.email, channel: "email", template: "trade-lead-received", content: tradeLeadEmail("toBuyer", facts), data: { trade_lead_id: created.lead.id } },
    ]
  })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(transform({ created }, ({ created }) => created.lead))
})
