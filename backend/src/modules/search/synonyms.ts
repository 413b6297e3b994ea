/**
 * Words shoppers use for the same thing, each group written as a shopper might type it (diacritics optional:
 * both providers fold them). Every term of a group finds what the others find.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["chè", "trà", "tea"],
  ["mật ong", "honey"],
  ["thổ cẩm", "brocade"],
  ["gạo", "rice"],
  ["cam", "orange"],
  ["miến", "glass noodles"],
  ["nấm", "mushroom"],
]
