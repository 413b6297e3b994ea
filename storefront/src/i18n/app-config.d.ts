import type { routing } from "./routing"
import type { Messages } from "./messages"

// Types message keys and locales for useTranslations / getTranslations; the Vietnamese files are the source of truth.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: Messages
  }
}
