import type { AppLocale } from "../../../i18n/routing"

type Metadata = Record<string, unknown> | null | undefined

/** A non-empty trimmed string from a metadata bag, or null. */
export function metadataString(metadata: Metadata, key: string): string | null {
  const value = metadata?.[key]
  return typeof value === "string" && value.trim() !== "" ? value : null
}

/** The English text when the shop speaks English and one exists; the Vietnamese original otherwise. */
export function pickLocalized<T extends string | null>(locale: AppLocale, vietnamese: T, english: string | null): T | string {
  return locale === "en" && english ? english : vietnamese
}

/** Vietnamese field plus its `<key>_en` metadata translation, resolved for a locale. */
export function localizedField(
  locale: AppLocale,
  vietnamese: string | null | undefined,
  metadata: Metadata,
  englishKey: string
): string | null {
  return pickLocalized(locale, vietnamese || null, metadataString(metadata, englishKey))
}
