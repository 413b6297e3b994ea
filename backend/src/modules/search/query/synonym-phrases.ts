import { SYNONYM_GROUPS } from "../synonyms"
import { queryWords } from "./tokens"

/** Each synonym group as lists of folded words: [["che"], ["tra"], ["tea"]]. */
export const SYNONYM_PHRASES: string[][][] = SYNONYM_GROUPS.map((group) => group.map(queryWords).filter((p) => p.length > 0))

/** The synonym group whose phrase starts at `words[at]` (longest phrase first), and that phrase's length. */
export function synonymAt(words: readonly string[], at: number): { group: string[][]; length: number } | undefined {
  let best: { group: string[][]; length: number } | undefined
  for (const group of SYNONYM_PHRASES) {
    for (const phrase of group) {
      if (phrase.length <= (best?.length ?? 0)) continue
      if (phrase.every((w, i) => words[at + i] === w)) best = { group, length: phrase.length }
    }
  }
  return best
}
