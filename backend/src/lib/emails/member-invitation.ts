import messages from "./member-invitation-messages.json"

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "")

/** The invitation e-mail to join a cooperative: Vietnamese first, English below. */
export function memberInvitationEmail(input: { cooperative: string; inviter: string; role: "owner" | "staff"; link: string }) {
  const part = (lang: "vi" | "en") => {
    const values = { ...input, role: messages[lang].roles[input.role] }
    return { subject: fill(messages[lang].subject, values), body: fill(messages[lang].body, values), signature: messages[lang].signature }
  }
  const vi = part("vi")
  const en = part("en")
  return { subject: `${vi.subject} / ${en.subject}`, text: [vi.body, `— ${vi.signature}`, "", "────────", "", en.body, `— ${en.signature}`].join("\n") }
}
