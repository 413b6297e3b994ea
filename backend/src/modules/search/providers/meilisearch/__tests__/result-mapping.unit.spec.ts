import type { SearchDocument, SearchRequest } from "../../../types"
import { facetCounts, storedDocument, toSearchResult, type PageResponse } from "../result-mapping"

const doc = (id: string, over: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  kind: "product",
  handle: id,
  title_vi: `Sản phẩm ${id}`,
  title_en: `Product ${id}`,
  subtitle_vi: "",
  subtitle_en: "",
  description_vi: "",
  description_en: "",
  keywords: [],
  thumbnail: null,
  category: ["mat-ong"],
  product_set: "4",
  ocop_stars: 4,
  province: "Tuyên Quang",
  commune: "Xã Đồng Văn",
  cooperative: "htx-meo-vac",
  collection: null,
  cooperative_name: "HTX Mèo Vạc",
  certifications: [],
  price_vnd: 250000,
  price_usd: 9.62,
  in_stock: true,
  units_sold: 0,
  created_at: 1763800000000,
  ...over,
})

const request = (over: Partial<SearchRequest> = {}): SearchRequest => ({ kind: "product", q: "", filters: {}, facets: [], sort: "relevance", limit: 2, offset: 0, ...over })

describe("a Meilisearch hit", () => {
  it("comes back as the stored document, without Meilisearch's own fields", () => {
    const stored = doc("prod_1")
    const hit = { ...stored, _formatted: { title_vi: "<em>Sản</em>" }, _rankingScore: 0.9, _matchesPosition: {} }
    expect(storedDocument(hit)).toEqual(stored)
    expect(Object.keys(storedDocument(hit)).some((k) => k.startsWith("_"))).toBe(false)
  })
})

describe("facet counts", () => {
  it("are listed most frequent first, equal counts by value", () => {
    expect(facetCounts({ "3": 5, "5": 12, "4": 12 })).toEqual([
      { value: "4", count: 12 },
      { value: "5", count: 12 },
      { value: "3", count: 5 },
    ])
    expect(facetCounts({ "Đắk Lắk": 2, "Tuyên Quang": 2, "An Giang": 7 }).map((f) => f.value)).toEqual(["An Giang", "Tuyên Quang", "Đắk Lắk"])
  })

  it("are empty for a facet with no values", () => {
    expect(facetCounts(undefined)).toEqual([])
    expect(facetCounts({})).toEqual([])
  })
})

describe("a search result", () => {
  const response: PageResponse = {
    hits: [doc("prod_1"), doc("prod_2"), doc("prod_3"), doc("prod_4")].map((d) => ({ ...d, _rankingScore: 1 })),
    totalHits: 17,
    facetDistribution: { ocop_stars: { "3": 5, "4": 12 }, in_stock: { true: 17 }, price_vnd: { "90000": 1, "650000": 1 } },
    facetStats: { price_vnd: { min: 90000, max: 650000 } },
  }

  it("holds the requested window of the page, and the exact total", () => {
    const result = toSearchResult(response, request({ limit: 2 }), 1)
    expect(result.hits.map((h) => h.id)).toEqual(["prod_2", "prod_3"])
    expect(result.hits[0]).toEqual(doc("prod_2"))
    expect(result.total).toBe(17)
  })

  it("answers only the facets asked for, price as its range and an absent facet as empty", () => {
    const result = toSearchResult(response, request({ facets: ["ocop_stars", "in_stock", "category", "price"] }), 0)
    expect(result.facets).toEqual({
      ocop_stars: [
        { value: "4", count: 12 },
        { value: "3", count: 5 },
      ],
      in_stock: [{ value: "true", count: 17 }],
      category: [],
      price: { min: 90000, max: 650000 },
    })
    expect(toSearchResult(response, request(), 0).facets).toEqual({})
  })

  it("has no price range and no hits when nothing matched", () => {
    const empty: PageResponse = { hits: [], totalHits: 0, facetDistribution: {}, facetStats: {} }
    expect(toSearchResult(empty, request({ facets: ["price", "province"] }), 0)).toEqual({ hits: [], facets: { price: null, province: [] }, total: 0 })
  })
})
