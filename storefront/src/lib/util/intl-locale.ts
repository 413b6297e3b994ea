/** The Intl (BCP 47) locale used to format numbers and dates for a shop locale. */
export function toIntlLocale(locale: string): string {
  return locale === "en" ? "en-US" : "vi-VN"
}
