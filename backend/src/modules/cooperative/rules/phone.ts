// Mobile prefixes after the 2018 renumbering (03x, 05x, 07x, 08x, 09x) and landline area codes (02xx).
const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/
const LANDLINE = /^02\d{9}$/

/** Reduces a Vietnamese phone number to its national form (0xxxxxxxxx), or null when it is not one. */
export function normalizeVietnamesePhone(input: string): string | null {
  const compact = input.replace(/[\s.()-]/g, "")
  const national = compact.startsWith("+84") ? `0${compact.slice(3)}` : compact.startsWith("84") && compact.length === 11 ? `0${compact.slice(2)}` : compact
  return MOBILE.test(national) || LANDLINE.test(national) ? national : null
}

/** Shows a national number in the usual groups: 0986 214 735, or 0207 3822 123 for a landline. */
export function formatVietnamesePhone(national: string): string {
  if (national.length === 11) return `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
}
