/** What the portal reads from a seller JWT; the backend alone verifies its signature. */
export type SellerTokenClaims = { actorId: string; actorType: string; expiresAt: number | null }

/** The seller session lasts as long as the backend's token, one day unless the backend says otherwise. */
export const DEFAULT_SESSION_SECONDS = 60 * 60 * 24
// A token about to expire is treated as gone, so a page never starts with one that dies mid-request.
const EXPIRY_MARGIN_SECONDS = 30

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/")
  return JSON.parse(Buffer.from(base64, "base64").toString("utf8"))
}

/** Reads the claims of a JWT without verifying it, or null when it is not one. */
export function readTokenClaims(token: string | null | undefined): SellerTokenClaims | null {
  const payload = token?.split(".")[1]
  if (!payload) return null
  try {
    const claims = decodeSegment(payload) as Record<string, unknown> | null
    if (typeof claims !== "object" || claims === null) return null
    return {
      actorId: typeof claims.actor_id === "string" ? claims.actor_id : "",
      actorType: typeof claims.actor_type === "string" ? claims.actor_type : "",
      expiresAt: typeof claims.exp === "number" ? claims.exp : null,
    }
  } catch {
    return null
  }
}

/** Whether claims belong to a signed-in seller (not a bare registration token) and have not expired. */
export function isSellerSession(claims: SellerTokenClaims | null, nowSeconds: number): claims is SellerTokenClaims {
  if (!claims || claims.actorId === "" || claims.actorType !== "seller") return false
  return claims.expiresAt === null || claims.expiresAt - EXPIRY_MARGIN_SECONDS > nowSeconds
}

/** Cookie lifetime for a token: until it expires, or a day when it does not say. */
export function sessionMaxAge(claims: SellerTokenClaims | null, nowSeconds: number): number {
  if (!claims?.expiresAt) return DEFAULT_SESSION_SECONDS
  return Math.max(0, Math.min(claims.expiresAt - nowSeconds, DEFAULT_SESSION_SECONDS * 30))
}

const NEXT_PATH = /^\/seller(\/[\w\-./%]*)?(\?[\w\-.=&%]*)?$/

/** A `?next=` target that stays inside the seller portal, or null; anything else could send people off-site. */
export function safeSellerNext(raw: string | string[] | undefined | null): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || value.length > 300 || value.includes("//") || value.includes("..") || !NEXT_PATH.test(value)) return null
  return value
}
