import "server-only"
import { getLocale } from "next-intl/server"
import { cache } from "react"
import { redirect } from "../../../i18n/navigation"
import { type SellerRequest, sellerFetch } from "./client"
import { toSellerContext } from "./mappers/context"
import { SELLER_PATHS } from "./paths"
import { getActiveCooperativeCookie, getSellerToken } from "./session"
import type { MembershipView, SellerContextView } from "./views"

/**
 * The signed-in person and their cooperatives — `GET /cooperative/me`, once per request. Redirects to the
 * login page without a usable session, so every portal layout and page that calls it is guarded.
 */
export const getSellerContext = cache(async (): Promise<SellerContextView> => {
  const data = await sellerFetch<unknown>("/cooperative/me")
  return toSellerContext(data, await getActiveCooperativeCookie())
})

/** Whether the request carries a usable seller session, without asking the backend (for public pages). */
export async function hasSellerSession(): Promise<boolean> {
  return (await getSellerToken()) !== undefined
}

/** The cooperative the portal acts on; a person without one is sent to the dashboard, which explains. */
export async function requireActiveMembership(): Promise<MembershipView> {
  const { active } = await getSellerContext()
  if (!active) return redirect({ href: SELLER_PATHS.home, locale: await getLocale() })
  return active
}

/** A call to a route about the active cooperative, with its `x-cooperative-id`. */
export async function cooperativeFetch<T>(
  path: string,
  request: Omit<SellerRequest, "cooperativeId"> = {}
): Promise<T> {
  const active = await requireActiveMembership()
  return sellerFetch<T>(path, { ...request, cooperativeId: active.cooperativeId })
}
