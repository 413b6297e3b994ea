import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import type messages from "../../messages/vi.json"
import { routing } from "./routing"

/** Loads the message file for the request's locale (Vietnamese when unknown). */
export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // An explicit locale (getTranslations({ locale })) avoids reading the request, e.g. in the root not-found page.
  const requested = explicit ?? (await requestLocale)
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const loaded = (await import(`../../messages/${locale}.json`)) as { default: typeof messages }
  return { locale, messages: loaded.default, timeZone: "Asia/Ho_Chi_Minh" }
})
