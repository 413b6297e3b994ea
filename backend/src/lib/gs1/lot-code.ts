/** Longest batch/lot number GS1 allows in AI (10). */
export const LOT_CODE_MAX_LENGTH = 20

/** GS1 character set 82, the characters AI (10) may hold. */
export const CSET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`

const ALLOWED = new Set(CSET_82)

/** Why text cannot be a lot code (AI 10: 1–20 characters of character set 82), or null when it can. */
export function lotCodeProblem(code: string): string | null {
  if (!code.length) return "Lot code is required."
  const chars = [...code]
  if (chars.length > LOT_CODE_MAX_LENGTH) return `Lot code has ${chars.length} characters: at most ${LOT_CODE_MAX_LENGTH} fit in a GS1 barcode.`
  const bad = chars.find((c) => !ALLOWED.has(c))
  if (bad !== undefined) {
    const shown = /\s/.test(bad) ? "a space" : `"${bad}"`
    return `Lot code cannot contain ${shown}: use letters A–Z and a–z without diacritics, digits and ! " % & ' ( ) * + , - . / : ; < = > ? _`
  }
  // "." and ".." are path steps to every URL parser: such a lot's Digital Link could never be opened.
  if (/^\.+$/.test(code)) return "Lot code cannot be only dots: add a letter or digit."
  return null
}

/** Whether text is a valid GS1 lot code. */
export const isLotCode = (code: string) => lotCodeProblem(code) === null
