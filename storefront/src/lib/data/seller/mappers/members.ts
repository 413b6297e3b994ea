import { z } from "zod"
import type { AppLocale } from "../../../../i18n/routing"
import { formatDate } from "../../../util/date"
import type { InvitationView, MemberView } from "../views"
import { list, oneOf, optionalString, parseResponse, textOrNull } from "./schema"

const memberSchema = z.object({
  id: z.string(),
  email: z.string(),
  full_name: optionalString,
  role: oneOf(["owner", "staff"], "staff"),
  status: oneOf(["invited", "active"], "active"),
  created_at: optionalString,
})

/** `GET /cooperative/members`. */
export const membersSchema = z.object({ members: list(memberSchema) })

/** `GET /cooperative/invitations/:token`. */
export const invitationSchema = z.object({
  invitation: z.object({
    email: z.string(),
    role: oneOf(["owner", "staff"], "staff"),
    cooperative: z.object({ name: z.string(), short_name: optionalString }),
    expires_at: optionalString,
  }),
})

function dateLabel(value: string | null | undefined, locale: AppLocale): string | null {
  if (!value || Number.isNaN(Date.parse(value))) return null
  return formatDate(value, locale, { dateStyle: "medium" })
}

/**
 * Maps the member list: owners first, then by name. The last active owner is not removable,
 * which the backend enforces too; `selfEmail` marks the signed-in person.
 */
export function toMemberViews(data: unknown, selfEmail: string, locale: AppLocale): MemberView[] {
  const { members } = parseResponse(membersSchema, data, "GET /cooperative/members")
  const activeOwners = members.filter((m) => m.role === "owner" && m.status === "active").length
  const self = selfEmail.trim().toLowerCase()
  return members
    .map((m) => ({
      id: m.id,
      email: m.email,
      fullName: textOrNull(m.full_name),
      role: m.role,
      status: m.status,
      sinceLabel: dateLabel(m.created_at, locale),
      isSelf: m.email.trim().toLowerCase() === self,
      removable: !(m.role === "owner" && m.status === "active" && activeOwners <= 1),
    }))
    .sort((a, b) => (a.role === b.role ? (a.fullName ?? a.email).localeCompare(b.fullName ?? b.email, "vi") : a.role === "owner" ? -1 : 1))
}

/** Maps an invitation for the page that accepts it. */
export function toInvitationView(data: unknown, locale: AppLocale): InvitationView {
  const { invitation } = parseResponse(invitationSchema, data, "GET /cooperative/invitations/:token")
  return {
    email: invitation.email,
    role: invitation.role,
    cooperativeName: invitation.cooperative.name,
    cooperativeShortName: textOrNull(invitation.cooperative.short_name),
    expiresLabel: dateLabel(invitation.expires_at, locale),
  }
}
