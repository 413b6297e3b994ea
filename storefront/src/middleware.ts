import type { NextRequest } from "next/server"
import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"
import { routeDigitalLink } from "./lib/traceability/route-request"

const intl = createMiddleware(routing)

/** GS1 Digital Link paths are checked and routed first; everything else only picks its locale. */
export default function middleware(request: NextRequest) {
  return routeDigitalLink(request) ?? intl(request)
}

export const config = {
  // Everything except API routes, Next internals and files with an extension — and every Digital Link path,
  // since a lot code may contain a dot.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/01/:path*", "/:locale(vi|en)/01/:path*"],
}
