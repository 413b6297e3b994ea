import "server-only"
import { cookies, headers } from "next/headers"
import { isSellerSession, readTokenClaims, sessionMaxAge } from "./mappers/session-token"

/** The seller's JWT; httpOnly, so only the server ever reads it. */
export const SELLER_TOKEN_COOKIE = "htx_seller_token"
/** The cooperative the portal acts on, for people who belong to several. */
export const SELLER_COOP_COOKIE = "htx_seller_coop"

const now = () => Math.floor(Date.now() / 1000)

// Secure whenever the request came over HTTPS (as every production deployment does, directly or behind a
// proxy); a plain-http demo on a phone in the same network could not keep a Secure cookie and never sign in.
async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
}

async function cookieOptions(maxAge: number) {
  return { httpOnly: true, sameSite: "lax" as const, secure: await isHttpsRequest(), path: "/", maxAge }
}

/** The signed-in seller's token, or undefined when there is none or it has expired. */
export async function getSellerToken(): Promise<string | undefined> {
  const token = (await cookies()).get(SELLER_TOKEN_COOKIE)?.value
  return token && isSellerSession(readTokenClaims(token), now()) ? token : undefined
}

/** Starts a session with a seller token, for as long as the token lives; server actions only. */
export async function setSellerSession(token: string): Promise<void> {
  const store = await cookies()
  store.set(SELLER_TOKEN_COOKIE, token, await cookieOptions(sessionMaxAge(readTokenClaims(token), now())))
}

/** The remembered active cooperative id, if any (checked against the memberships before use). */
export async function getActiveCooperativeCookie(): Promise<string | undefined> {
  return (await cookies()).get(SELLER_COOP_COOKIE)?.value || undefined
}

/** Remembers the active cooperative; server actions only. */
export async function setActiveCooperativeCookie(cooperativeId: string): Promise<void> {
  const store = await cookies()
  // As long as the session could last, since switching lasts for the session.
  store.set(SELLER_COOP_COOKIE, cooperativeId, await cookieOptions(60 * 60 * 24 * 30))
}

/** Ends the session; throws when called while rendering, where cookies are read-only. */
export async function clearSellerSession(): Promise<void> {
  const store = await cookies()
  store.delete(SELLER_TOKEN_COOKIE)
  store.delete(SELLER_COOP_COOKIE)
}
