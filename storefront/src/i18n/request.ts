import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { messagesByLocale } from "./messages"
import { routing } from "./routing"

/** Loads the messages for the request's locale (Vietnamese when unknown). */
export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // An explicit locale (getTranslations({ locale })) avoids reading the request, e.g. in the root not-found page.
  const requested = explicit ?? (await requestLocale)
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  return { locale, messages: messagesByLocale[locale], timeZone: "Asia/Ho_Chi_Minh" }
})
