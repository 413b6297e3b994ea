import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { cooperativeStatusEmail } from "../../lib/emails/cooperative-status"
import type { CooperativeStatus } from "../../modules/cooperative/status-rules"

export const NOTIFY_COOPERATIVE_STATUS_WORKFLOW = "notify-cooperative-status"

type Cooperative = { id: string; name: string; email: string; status: CooperativeStatus; status_reason: string | null; members?: { email: string; role: string }[] }

/** Tells a cooperative (its contact address and its owners) that its status changed, and why. */
export const notifyCooperativeStatusWorkflow = createWorkflow(NOTIFY_COOPERATIVE_STATUS_WORKFLOW, (input: { id: string }) => {
  const { data } = useQueryGraphStep({
    entity: "cooperative",
    fields: ["id", "name", "email", "status", "status_reason", "members.email", "members.role"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const notifications = transform({ data }, ({ data }) => {
    const coop = data[0] as unknown as Cooperative
    const owners = (coop.members ?? []).filter((m) => m.role === "owner").map((m) => m.email)
    const recipients = [...new Set([coop.email, ...owners].map((e) => e.toLowerCase()))]
    const content = cooperativeStatusEmail(coop.status, coop.name, coop.status_reason)
    return recipients.map((to) => ({
      to,
      channel: "email",
      template: `cooperative-${coop.status}`,
      content,
      data: { cooperative_id: coop.id, status: coop.status },
    }))
  })
  const sent = sendNotificationsStep(notifications)
  return new WorkflowResponse(sent)
})
