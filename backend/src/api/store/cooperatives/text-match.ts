// Shoppers type Vietnamese without diacritics ("ham yen" for "Hàm Yên"). PostgreSQL's unaccent is an extension
// no migration installs, so a search word becomes a regular expression whose letters accept every accented form
// in both cases; PostgreSQL matches it (`~`), so filtering, counting and paging all stay in SQL.

import { foldVietnamese } from "../../../lib/handle"

/** Every Vietnamese form of a base letter, lower case. */
const LETTER_FORMS: Record<string, string> = {
  a: "aàáảãạăằắẳẵặâầấẩẫậ",
  d: "dđ",
  e: "eèéẻẽẹêềếểễệ",
  i: "iìíỉĩị",
  o: "oòóỏõọôồốổỗộơờớởỡợ",
  u: "uùúủũụưừứửữự",
  y: "yỳýỷỹỵ",
}

/** Most words of a search that count; the rest are ignored so a pasted paragraph cannot build a huge query. */
export const MAX_SEARCH_WORDS = 8

function letterPattern(char: string): string {
  const forms = LETTER_FORMS[char] ?? (/[a-z]/.test(char) ? char : undefined)
  if (forms) return `[${forms}${forms.toUpperCase()}]`
  // Anything else is literal: escape what a PostgreSQL regular expression would read as syntax.
  return /[\\^$.|?*+()[\]{}]/.test(char) ? `\\${char}` : char
}

/** A PostgreSQL regular expression matching `word` anywhere, ignoring case and Vietnamese diacritics. */
export function diacriticInsensitivePattern(word: string): string {
  return [...foldVietnamese(word)].map(letterPattern).join("")
}

/** The words of a search, folded, at most MAX_SEARCH_WORDS. */
export function searchWords(q: string): string[] {
  return foldVietnamese(q).split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS)
}
