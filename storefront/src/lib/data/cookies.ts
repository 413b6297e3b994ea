import "server-only"
import { cookies, headers } from "next/headers"

export const CART_COOKIE = "htx_cart_id"
export const REGION_COOKIE = "htx_region_id"

const THIRTY_DAYS = 60 * 60 * 24 * 30

/** The shopper's cart id, if they have one. */
export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

/** Remembers the cart; only callable from a server action or route handler. */
export async function setCartId(cartId: string): Promise<void> {
  const store = await cookies()
  store.set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttpsRequest(),
    path: "/",
    maxAge: THIRTY_DAYS,
  })
}

// Secure only over HTTPS (directly or behind a proxy), so a plain-http local or demo run keeps its cart.
async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
}

/** The region the shopper chose in the header's "ship to" switch, if any. */
export async function getRegionIdCookie(): Promise<string | undefined> {
  return (await cookies()).get(REGION_COOKIE)?.value || undefined
}

/** Remembers the shopper's region (a year); only callable from a server action or route handler. */
export async function setRegionIdCookie(regionId: string): Promise<void> {
  const store = await cookies()
  store.set(REGION_COOKIE, regionId, { httpOnly: true, sameSite: "lax", secure: await isHttpsRequest(), path: "/", maxAge: 12 * THIRTY_DAYS })
}
