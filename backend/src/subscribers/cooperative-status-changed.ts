import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COOPERATIVE_STATUS_CHANGED_EVENT } from "../workflows/cooperative/change-cooperative-status"
import { notifyCooperativeStatusWorkflow } from "../workflows/cooperative/notify-cooperative-status"

/** A status change is told to the cooperative by e-mail. */
export default async function cooperativeStatusChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyCooperativeStatusWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = { event: COOPERATIVE_STATUS_CHANGED_EVENT }
