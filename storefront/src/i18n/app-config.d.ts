import type { routing } from "./routing"
import type messages from "../../messages/vi.json"

// Types message keys and locales for useTranslations / getTranslations; vi.json is the source of truth.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}
