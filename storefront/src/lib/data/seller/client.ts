import "server-only"
import { getLocale } from "next-intl/server"
import { redirect } from "../../../i18n/navigation"
import { errorStatus } from "../errors"
import { getSdk } from "../sdk"
import { SELLER_PATHS } from "./paths"
import { clearSellerSession, getSellerToken } from "./session"

type Method = "GET" | "POST" | "DELETE"

export type SellerRequest = {
  method?: Method
  query?: Record<string, unknown>
  /** JSON body, or form data for uploads. */
  body?: Record<string, unknown> | FormData
  /** Bearer token; the session's when left out. */
  token?: string
  /** The `x-cooperative-id` to act on; left out for routes about the person. */
  cooperativeId?: string
}

/**
 * Ends a session the backend no longer accepts and sends the person to log in. Inside a server action the
 * cookies are cleared here; while rendering they are read-only, so a route handler clears them instead.
 */
export async function endSellerSession(): Promise<never> {
  const locale = await getLocale()
  try {
    await clearSellerSession()
  } catch {
    return redirect({ href: SELLER_PATHS.sessionExpired, locale })
  }
  return redirect({ href: { pathname: SELLER_PATHS.login, query: { expired: "1" } }, locale })
}

/** Sends someone who is not signed in to the login page. */
export async function redirectToLogin(): Promise<never> {
  return redirect({ href: SELLER_PATHS.login, locale: await getLocale() })
}

function headersFor(request: SellerRequest, token: string | undefined) {
  const headers: Record<string, string | null> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (request.cooperativeId) headers["x-cooperative-id"] = request.cooperativeId
  // Let fetch write the multipart boundary itself; the SDK would otherwise send JSON's content type.
  if (request.body instanceof FormData) headers["content-type"] = null
  return headers
}

/** A call to the seller or auth API outside a session: sign-up, sign-in, reading an invitation, or with an explicit token. */
export async function publicSellerFetch<T>(path: string, request: SellerRequest = {}): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: request.method ?? "GET",
    query: request.query,
    body: request.body,
    headers: headersFor(request, request.token),
    cache: "no-store",
  })
}

/**
 * A call to `/cooperative/*` as the signed-in seller. Without a usable session, or when the backend answers
 * 401, the session ends and the person is sent to log in; other failures are thrown to the caller.
 */
export async function sellerFetch<T>(path: string, request: SellerRequest = {}): Promise<T> {
  const token = request.token ?? (await getSellerToken())
  if (!token) return redirectToLogin()
  try {
    return await publicSellerFetch<T>(path, { ...request, token })
  } catch (error) {
    if (errorStatus(error) === 401) return endSellerSession()
    throw error
  }
}
