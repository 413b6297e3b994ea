import { model } from "@medusajs/framework/utils"

/** A folded word that occurs in the index: the vocabulary that typo corrections are chosen from. */
export const SearchTerm = model.define("search_term", {
  term: model.text().primaryKey(),
})
