import { z } from "zod"
import type { MembershipView, SellerContextView } from "../views"
import { list, oneOf, optionalString, parseResponse, textOrNull } from "./schema"

const ROLES = ["owner", "staff"] as const
const STATUSES = ["pending", "approved", "rejected", "suspended"] as const

const membershipSchema = z.object({
  id: z.string(),
  role: oneOf(ROLES, "staff"),
  cooperative: z.object({
    id: z.string(),
    handle: optionalString,
    name: z.string(),
    short_name: optionalString,
    status: oneOf(STATUSES, "pending"),
    status_reason: optionalString,
  }),
})

/** `GET /cooperative/me`. */
export const meSchema = z.object({
  seller: z.object({ id: z.string(), email: z.string(), full_name: optionalString, phone: optionalString }),
  memberships: list(membershipSchema),
})

function toMembershipView(m: z.infer<typeof membershipSchema>): MembershipView {
  return {
    id: m.id,
    role: m.role,
    cooperativeId: m.cooperative.id,
    handle: textOrNull(m.cooperative.handle),
    name: m.cooperative.name,
    shortName: textOrNull(m.cooperative.short_name),
    status: m.cooperative.status,
    statusReason: textOrNull(m.cooperative.status_reason),
  }
}

/** The active membership: the remembered cooperative if the person still belongs to it, else their first. */
export function pickActiveMembership(memberships: MembershipView[], remembered: string | undefined): MembershipView | null {
  return memberships.find((m) => m.cooperativeId === remembered) ?? memberships[0] ?? null
}

/** Maps `GET /cooperative/me` and the remembered cooperative id to the portal's context. */
export function toSellerContext(data: unknown, rememberedCooperativeId: string | undefined): SellerContextView {
  const { seller, memberships } = parseResponse(meSchema, data, "GET /cooperative/me")
  const views = memberships.map(toMembershipView)
  return {
    person: {
      id: seller.id,
      email: seller.email,
      fullName: textOrNull(seller.full_name) ?? seller.email,
      phone: textOrNull(seller.phone),
    },
    memberships: views,
    active: pickActiveMembership(views, rememberedCooperativeId),
  }
}
