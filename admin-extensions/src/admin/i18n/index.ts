import en from "./json/en.json" with { type: "json" }
import vi from "./json/vi.json" with { type: "json" }

/** Operator-page text for the admin's i18next: Vietnamese first, English second. */
export default {
  vi: { translation: vi },
  en: { translation: en },
}
