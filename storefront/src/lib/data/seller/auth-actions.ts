"use server"

import { getLocale } from "next-intl/server"
import { z } from "zod"
import { redirect } from "../../../i18n/navigation"
import { idSchema, revalidateSellerPages, runSellerAction } from "./action-runner"
import { sellerFetch } from "./client"
import { getSellerContext } from "./context"
import { failure, type SellerActionResult, SellerError } from "./mappers/action-error"
import { toSellerContext } from "./mappers/context"
import { isSellerSession, readTokenClaims, safeSellerNext } from "./mappers/session-token"
import { SELLER_PATHS } from "./paths"
import { signIn } from "./registration"
import { clearSellerSession, getActiveCooperativeCookie, setActiveCooperativeCookie, setSellerSession } from "./session"

const loginSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
  next: z.string().max(300).nullish(),
})

/** Signs a seller in, remembers their cooperative and goes to `next` (inside the portal) or the dashboard. */
export async function loginAction(input: { email: string; password: string; next?: string | null }): Promise<SellerActionResult> {
  const parsed = loginSchema.safeParse(input)
  if (!parsed.success) return failure("invalid_credentials")
  const { email, password, next } = parsed.data
  const result = await runSellerAction("login", async () => {
    const token = await signIn(email, password)
    if (!token) throw new SellerError("invalid_credentials")
    // A shopper's identity signs in here too, but names no seller: they must register first.
    if (!isSellerSession(readTokenClaims(token), Date.now() / 1000)) throw new SellerError("no_seller_account")
    await setSellerSession(token)
    const context = toSellerContext(await sellerFetch<unknown>("/cooperative/me", { token }), await getActiveCooperativeCookie())
    if (context.active) await setActiveCooperativeCookie(context.active.cooperativeId)
    return null
  })
  if (result.error) return result
  revalidateSellerPages()
  return redirect({ href: safeSellerNext(next) ?? SELLER_PATHS.home, locale: await getLocale() })
}

/** Signs the seller out on this device. */
export async function signOutAction(): Promise<void> {
  await clearSellerSession()
  revalidateSellerPages()
  redirect({ href: SELLER_PATHS.login, locale: await getLocale() })
}

/** Makes another of the person's cooperatives the active one, after checking they belong to it. */
export async function switchCooperativeAction(input: { cooperativeId: string }): Promise<SellerActionResult> {
  const parsed = idSchema.safeParse(input.cooperativeId)
  if (!parsed.success) return failure("invalid_input")
  const result = await runSellerAction("switch cooperative", async () => {
    const { memberships } = await getSellerContext()
    if (!memberships.some((m) => m.cooperativeId === parsed.data)) throw new SellerError("not_allowed")
    await setActiveCooperativeCookie(parsed.data)
    return null
  })
  if (result.error) return result
  revalidateSellerPages()
  // Whatever page was open belonged to the other cooperative.
  return redirect({ href: SELLER_PATHS.home, locale: await getLocale() })
}
