import type { CooperativeStatus } from "../../modules/cooperative/status-rules"
import messages from "./cooperative-status-messages.json"

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "")

/** The e-mail a cooperative receives when its status changes: Vietnamese first, English below. */
export function cooperativeStatusEmail(status: CooperativeStatus, name: string, reason: string | null) {
  const values = { name, reason: reason ?? "" }
  const vi = messages.vi[status]
  const en = messages.en[status]
  const text = [fill(vi.body, values), `— ${messages.vi.signature}`, "", "────────", "", fill(en.body, values), `— ${messages.en.signature}`].join("\n")
  return { subject: `${fill(vi.subject, values)} / ${fill(en.subject, values)}`, text }
}
