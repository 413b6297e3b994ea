import { synonymAt } from "./synonym-phrases"
import { corrections } from "./typos"
import { endsInPartialWord, queryWords } from "./tokens"

/** What the shopper typed, as slots that must all match; each slot matches if any of its alternatives does. */
export type TextQuery = { slots: string[][] }

/** The known words of the index, and whether any known word starts with a given prefix. */
export type Vocabulary = { words: ReadonlySet<string>; hasPrefix: (prefix: string) => boolean }

/**
 * Turns a query into slots of PostgreSQL tsquery alternatives: synonyms ("mat ong" → honey), a partial last word
 * as a prefix, and typo corrections from the vocabulary for words the index does not know ("ogn" → ong).
 * Words are letters and digits only, so every alternative is safe inside to_tsquery.
 */
export function textQuery(q: string, vocabulary: Vocabulary): TextQuery {
  const words = queryWords(q)
  const partialLast = endsInPartialWord(q)
  const slots: string[][] = []
  for (let i = 0; i < words.length; ) {
    const synonym = synonymAt(words, i)
    if (synonym) {
      slots.push(synonym.group.map(phraseQuery))
      i += synonym.length
      continue
    }
    const word = words[i]!
    const isLast = i === words.length - 1
    const alternatives = [isLast && partialLast ? `${word}:*` : word]
    const knownAsPrefix = isLast && partialLast && vocabulary.hasPrefix(word)
    if (!knownAsPrefix) alternatives.push(...corrections(word, vocabulary.words))
    slots.push(alternatives)
    i += 1
  }
  return { slots }
}

const phraseQuery = (phrase: string[]) => (phrase.length === 1 ? phrase[0]! : `(${phrase.join(" <-> ")})`)

/** The lexeme the index adds to a document that contains a multi-word synonym phrase: its words with a space between. */
export const phraseLexeme = (phrase: readonly string[]) => phrase.join(" ")

/** The words a title must start with to earn the "starts with what was typed" bonus: exact words, and prefixes being typed. */
export function leadingWords({ slots }: TextQuery): { exact: string[]; prefixes: string[] } {
  const exact: string[] = []
  const prefixes: string[] = []
  for (const alternative of slots[0] ?? []) {
    const first = alternative.replace(/^\(/, "").split(/[ )]/)[0]!
    if (first.endsWith(":*")) prefixes.push(first.slice(0, -2))
    else exact.push(first)
  }
  return { exact, prefixes }
}

/** The tsquery text of a query, or null when it has no words (list everything). */
export function toTsQuery({ slots }: TextQuery): string | null {
  if (!slots.length) return null
  return slots.map((alternatives) => (alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" | ")})`)).join(" & ")
}

/**
 * The tsquery text that selects the matching documents (taken as is, `::tsquery`): the same as toTsQuery, but a phrase
 * matches its phrase lexeme, which the GIN index answers alone. Only a phrase that some document may lack the lexeme of
 * (not in `indexedPhrases`) also matches its words in a row, which makes PostgreSQL read the positions of every
 * document on a page where one has them.
 */
export function toMatchQuery({ slots }: TextQuery, indexedPhrases: ReadonlySet<string>): string | null {
  if (!slots.length) return null
  const alternative = (a: string) => {
    if (!a.startsWith("(")) return a.endsWith(":*") ? `'${a.slice(0, -2)}':*` : `'${a}'`
    const words = a.slice(1, -1).split(" <-> ")
    const lexeme = `'${phraseLexeme(words)}'`
    return indexedPhrases.has(phraseLexeme(words)) ? lexeme : `(${lexeme} | ${words.map((w) => `'${w}'`).join(" <-> ")})`
  }
  return slots.map((alternatives) => (alternatives.length === 1 ? alternative(alternatives[0]!) : `(${alternatives.map(alternative).join(" | ")})`)).join(" & ")
}
