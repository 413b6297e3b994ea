import { defineRouting } from "next-intl/routing"

/** Locales the shop speaks: Vietnamese at the bare path, English under /en. */
export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "as-needed",
  // The URL alone decides the language, so "/" is always Vietnamese whatever the browser sends.
  localeDetection: false,
})

export type AppLocale = (typeof routing.locales)[number]

/** Narrows a route param to a shop locale; the locale layout has already 404'd anything else. */
export function toAppLocale(value: string): AppLocale {
  return routing.locales.find((locale) => locale === value) ?? routing.defaultLocale
}
