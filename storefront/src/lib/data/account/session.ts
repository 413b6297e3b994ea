import "server-only"
import { cookies, headers } from "next/headers"
import { readTokenClaims, sessionMaxAge } from "../seller/mappers/session-token"

/** The shopper's JWT; httpOnly, so only the server ever reads it. */
export const CUSTOMER_TOKEN_COOKIE = "htx_customer_token"

const now = () => Math.floor(Date.now() / 1000)
// A token about to expire is treated as gone, so a page never starts with one that dies mid-request.
const EXPIRY_MARGIN_SECONDS = 30

/** Whether a token signs in a shopper (not a bare registration token, not a seller) and is still valid. */
export function isCustomerToken(token: string | undefined, nowSeconds = now()): token is string {
  const claims = readTokenClaims(token)
  if (!claims || claims.actorId === "" || claims.actorType !== "customer") return false
  return claims.expiresAt === null || claims.expiresAt - EXPIRY_MARGIN_SECONDS > nowSeconds
}

// Secure whenever the request came over HTTPS, so a plain-http demo on a phone can still sign in.
async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
}

/** The signed-in shopper's token, or undefined. */
export async function getCustomerToken(): Promise<string | undefined> {
  const token = (await cookies()).get(CUSTOMER_TOKEN_COOKIE)?.value
  return isCustomerToken(token) ? token : undefined
}

/** Starts a shopper session for as long as the token lives; server actions only. */
export async function setCustomerSession(token: string): Promise<void> {
  const store = await cookies()
  const maxAge = sessionMaxAge(readTokenClaims(token), now())
  store.set(CUSTOMER_TOKEN_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: await isHttpsRequest(), path: "/", maxAge })
}

/** Ends the shopper session on this device; server actions only. */
export async function clearCustomerSession(): Promise<void> {
  ;(await cookies()).delete({ name: CUSTOMER_TOKEN_COOKIE, path: "/" })
}

/** Bearer header for a store API call as the signed-in shopper; empty for a guest. */
export async function customerHeaders(): Promise<Record<string, string>> {
  const token = await getCustomerToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
