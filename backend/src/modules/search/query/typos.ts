import damerauLevenshtein from "damerau-levenshtein"

/** Typos forgiven in a word of this many letters: none below 3, one from 3, two from 8 (a swap of two letters is one). */
export function typoBudget(word: string): number {
  if (word.length >= 8) return 2
  if (word.length >= 3) return 1
  return 0
}

/** Words of the vocabulary within the word's typo budget, closest first; [] when the word is itself known. */
export function corrections(word: string, vocabulary: ReadonlySet<string> | readonly string[], max = 12): string[] {
  const known = vocabulary instanceof Set ? vocabulary : new Set(vocabulary)
  if (known.has(word)) return []
  const budget = typoBudget(word)
  if (budget === 0) return []
  const found: { term: string; distance: number }[] = []
  for (const term of known) {
    if (Math.abs(term.length - word.length) > budget || /^\d+$/.test(term)) continue
    const { steps } = damerauLevenshtein(word, term)
    if (steps <= budget) found.push({ term, distance: steps })
  }
  return found
    .sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term))
    .slice(0, max)
    .map((f) => f.term)
}
