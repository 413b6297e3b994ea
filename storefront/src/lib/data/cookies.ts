import "server-only"
import { cookies, headers } from "next/headers"

export const CART_COOKIE = "htx_cart_id"
export const REGION_COOKIE = "htx_region_id"
/** What a merge of carts at sign-in did, shown once; not httpOnly, so the page that shows it can clear it. */
export const CART_NOTICE_COOKIE = "htx_cart_notice"

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

/** Keeps the merge notice for the next page; only callable from a server action or route handler. */
export async function setCartNoticeCookie(value: string): Promise<void> {
  const store = await cookies()
  // A few minutes: long enough to reach the next page, short enough not to greet the shopper days later.
  store.set(CART_NOTICE_COOKIE, value, { httpOnly: false, sameSite: "lax", secure: await isHttpsRequest(), path: "/", maxAge: 300 })
}

/** The merge notice waiting to be shown, as its cookie holds it. */
export async function getCartNoticeCookie(): Promise<string | undefined> {
  return (await cookies()).get(CART_NOTICE_COOKIE)?.value || undefined
}
