import { type NextRequest, NextResponse } from "next/server"
import { type AppLocale, routing, toAppLocale } from "../../i18n/routing"
import { digitalLinkPath, matchDigitalLinkPathname, pagePath, parseDigitalLinkSegments } from "./digital-link"
import { invalidLinkResponse } from "./invalid-link"
import { prefersLinkedData } from "./negotiation"

/** Where the route handler that answers a lot's URL with its EPCIS document lives (followed by the lot's path). */
export const EPCIS_ROUTE_PREFIX = "/api/digital-link"

/** The request header through which next-intl tells server components the locale. */
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE"

function localePrefix(locale: AppLocale): string {
  return locale === routing.defaultLocale ? "" : `/${locale}`
}

function varyOnAccept(response: Response): Response {
  response.headers.append("Vary", "Accept")
  return response
}

/**
 * Routes a GS1 Digital Link request before the locale middleware: 400 for a malformed link, 308 to the
 * canonical path for a short GTIN (or the default locale's prefix), the EPCIS document for linked-data clients,
 * else the page. Returns null for every other path, which the locale middleware handles.
 */
export function routeDigitalLink(request: NextRequest): Response | null {
  const match = matchDigitalLinkPathname(request.nextUrl.pathname, routing.locales)
  if (!match) return null
  const locale = toAppLocale(match.locale ?? routing.defaultLocale)
  const parsed = parseDigitalLinkSegments(match.segments)
  const wantsData = prefersLinkedData(request.headers.get("accept"))
  // The 400 is HTML or JSON by Accept, so caches must keep both.
  if (!parsed.ok) return varyOnAccept(invalidLinkResponse(parsed.problem, locale, wantsData))
  const { link } = parsed

  if (parsed.gtinPadded || match.locale === routing.defaultLocale) {
    const url = request.nextUrl.clone()
    url.pathname = localePrefix(locale) + digitalLinkPath(link)
    return NextResponse.redirect(url, 308)
  }
  if (link.lot !== null && wantsData) {
    return varyOnAccept(NextResponse.rewrite(new URL(`${EPCIS_ROUTE_PREFIX}${pagePath(link)}`, request.url)))
  }
  // Rewritten here rather than by next-intl, which reads paths through decodeURI and would turn a lot's "%25"
  // into a bare "%". The header is the one next-intl's middleware sets, from which `getLocale()` reads.
  const headers = new Headers(request.headers)
  headers.set(LOCALE_HEADER, locale)
  const url = new URL(`/${locale}${pagePath(link)}${request.nextUrl.search}`, request.url)
  const page = NextResponse.rewrite(url, { request: { headers } })
  return link.lot === null ? page : varyOnAccept(page)
}
