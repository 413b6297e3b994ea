import { foldVietnamese } from "../../../../../lib/handle"
import { SYNONYM_GROUPS } from "../../../synonyms"
import { MAX_LIMIT, MAX_OFFSET } from "../../../types"
import { INDEX_SETTINGS, synonymsFrom } from "../settings"

const synonyms = INDEX_SETTINGS.synonyms!

describe("the index synonyms", () => {
  it("let every term of a group find the others, written with or without diacritics", () => {
    expect(synonyms["mật ong"]).toEqual(expect.arrayContaining(["honey"]))
    expect(synonyms["mat ong"]).toEqual(expect.arrayContaining(["honey"]))
    expect(synonyms["honey"]).toEqual(expect.arrayContaining(["mật ong", "mat ong"]))
    expect(synonyms["chè"]).toEqual(expect.arrayContaining(["trà", "tra", "tea"]))
    expect(synonyms["tra"]).toEqual(expect.arrayContaining(["chè", "che", "tea"]))
    expect(synonyms["tho cam"]).toEqual(expect.arrayContaining(["brocade"]))
  })

  it("have every term and its folded form as a key", () => {
    for (const term of SYNONYM_GROUPS.flat()) {
      expect(Object.keys(synonyms)).toEqual(expect.arrayContaining([term, foldVietnamese(term)]))
    }
  })

  it("are symmetric and never map a term to itself", () => {
    for (const [term, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(term)
      for (const other of others) expect({ other, back: synonyms[other] }).toEqual({ other, back: expect.arrayContaining([term]) })
    }
  })

  it("fold đ and NFD input, and merge a term found in two groups", () => {
    const built = synonymsFrom([["Đậu".normalize("NFD"), "bean"], ["bean", "pulse"]])
    expect(built["đậu"]).toEqual(["bean"])
    expect(built["dau"]).toEqual(["bean"])
    expect(built["bean"]).toEqual(["đậu", "dau", "pulse"])
    expect(built["pulse"]).toEqual(["bean"])
  })
})

describe("the index settings", () => {
  it("search the fields in order of importance, with id as the key", () => {
    expect(INDEX_SETTINGS.searchableAttributes).toEqual(["title_vi", "title_en", "keywords", "cooperative_name", "subtitle_vi", "subtitle_en", "description_vi", "description_en"])
  })

  it("can filter on every filter and facet, and sort on every sort", () => {
    expect(INDEX_SETTINGS.filterableAttributes).toEqual(["kind", "category", "product_set", "ocop_stars", "province", "commune", "cooperative", "collection", "certifications", "price_vnd", "in_stock"])
    expect(INDEX_SETTINGS.sortableAttributes).toEqual(["price_vnd", "created_at", "ocop_stars", "units_sold"])
  })

  it("forgive one typo from three letters (mat ogn) and two from eight", () => {
    expect(INDEX_SETTINGS.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 8 } })
  })

  it("rank with Meilisearch's default rules, a chosen sort right after the words", () => {
    expect(INDEX_SETTINGS.rankingRules).toEqual(["words", "sort", "typo", "proximity", "attribute", "exactness"])
  })

  it("keep the 100 most frequent values of a facet and reach every page the API offers", () => {
    expect(INDEX_SETTINGS.faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } })
    expect(INDEX_SETTINGS.pagination?.maxTotalHits).toBeGreaterThanOrEqual(MAX_OFFSET + MAX_LIMIT)
  })
})
