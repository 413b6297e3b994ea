"use server"

import { getLocale } from "next-intl/server"
import { z } from "zod"
import { redirect } from "../../../i18n/navigation"
import { revalidateSellerPages, runSellerAction } from "./action-runner"
import { sellerFetch } from "./client"
import { failure, type SellerActionResult } from "./mappers/action-error"
import { toSellerContext } from "./mappers/context"
import { SELLER_PATHS } from "./paths"
import { setActiveCooperativeCookie } from "./session"

// `{ membership }` is the member record; its id is the membership's id in `GET /cooperative/me`.
const acceptResponse = z.object({ membership: z.object({ id: z.string() }) })

const tokenSchema = z.string().trim().min(1).max(500)

/** Accepts an invitation as the signed-in person and opens that cooperative — `POST /cooperative/invitations/:token/accept`. */
export async function acceptInvitationAction(input: { token: string }): Promise<SellerActionResult> {
  const parsed = tokenSchema.safeParse(input.token)
  if (!parsed.success) return failure("invalid_input")
  const result = await runSellerAction("accept invitation", async () => {
    const data = await sellerFetch<unknown>(`/cooperative/invitations/${encodeURIComponent(parsed.data)}/accept`, { method: "POST" })
    const membershipId = acceptResponse.safeParse(data).data?.membership.id
    const { memberships } = toSellerContext(await sellerFetch<unknown>("/cooperative/me"), undefined)
    return memberships.find((m) => m.id === membershipId)?.cooperativeId ?? null
  })
  if (result.error) return result
  if (result.data) await setActiveCooperativeCookie(result.data)
  revalidateSellerPages()
  return redirect({ href: SELLER_PATHS.home, locale: await getLocale() })
}
