import { NextResponse, type NextRequest } from "next/server"
import { getPathname } from "@/i18n/navigation"
import { toAppLocale } from "@/i18n/routing"
import { SELLER_COOP_COOKIE, SELLER_TOKEN_COOKIE } from "@/lib/data/seller/session"
import { SELLER_PATHS } from "@/lib/data/seller/paths"

// Pages cannot change cookies while they render, so a page whose backend call answered 401 comes here to
// end the session and go on to the login page.
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const locale = toAppLocale((await params).locale)
  const login = getPathname({ href: { pathname: SELLER_PATHS.login, query: { expired: "1" } }, locale })
  const response = NextResponse.redirect(new URL(login, request.url), 303)
  response.cookies.delete(SELLER_TOKEN_COOKIE)
  response.cookies.delete(SELLER_COOP_COOKIE)
  response.headers.set("cache-control", "no-store")
  return response
}
