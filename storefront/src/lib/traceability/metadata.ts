import type { Metadata } from "next"
import { type AppLocale, routing } from "../../i18n/routing"

/** A path as it is written in a locale: the default locale has no prefix. */
export function localizedPath(path: string, locale: AppLocale): string {
  return locale === routing.defaultLocale ? path : `/${locale}${path}`
}

/**
 * The canonical URL of a Digital Link page in its locale and the same page in the other languages. The
 * canonical path is the encoded-once form, whatever variant (short GTIN, serial, query) was requested.
 */
export function traceAlternates(path: string, locale: AppLocale): NonNullable<Metadata["alternates"]> {
  return {
    canonical: localizedPath(path, locale),
    languages: Object.fromEntries(routing.locales.map((l) => [l, localizedPath(path, l)])),
  }
}
