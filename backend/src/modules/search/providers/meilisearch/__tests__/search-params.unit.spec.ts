import { MAX_LIMIT, MAX_OFFSET, type SearchRequest } from "../../../types"
import { facetAttributes, pageWindow, searchParams, sortFor } from "../search-params"
import { MAX_TOTAL_HITS } from "../settings"

const request = (over: Partial<SearchRequest> = {}): SearchRequest => ({ kind: "product", q: "", filters: {}, facets: [], sort: "relevance", limit: 20, offset: 0, ...over })

describe("the sort of a search", () => {
  it("leaves relevance to the ranking rules when there is a query, and lists the newest first without one", () => {
    expect(sortFor("relevance", "mat ong")).toBeUndefined()
    expect(sortFor("relevance", "")).toEqual(["created_at:desc"])
  })

  it("maps each chosen order to its field", () => {
    expect(sortFor("price_asc", "mat ong")).toEqual(["price_vnd:asc"])
    expect(sortFor("price_desc", "mat ong")).toEqual(["price_vnd:desc"])
    expect(sortFor("newest", "mat ong")).toEqual(["created_at:desc"])
    expect(sortFor("stars", "mat ong")).toEqual(["ocop_stars:desc"])
  })

  it("breaks ties by the newest only where no relevance is lost", () => {
    expect(sortFor("stars", "")).toEqual(["ocop_stars:desc", "created_at:desc"])
    expect(sortFor("best_selling", "")).toEqual(["units_sold:desc", "created_at:desc"])
    expect(sortFor("best_selling", "mat ong")).toEqual(["units_sold:desc"])
    expect(sortFor("price_asc", "")).toEqual(["price_vnd:asc"])
  })
})

describe("the page that holds a window", () => {
  it("is the window itself when the offset is a multiple of the limit", () => {
    expect(pageWindow(0, 20)).toEqual({ page: 1, hitsPerPage: 20, skip: 0 })
    expect(pageWindow(40, 20)).toEqual({ page: 3, hitsPerPage: 20, skip: 0 })
    expect(pageWindow(MAX_OFFSET, MAX_LIMIT)).toEqual({ page: 21, hitsPerPage: 50, skip: 0 })
  })

  it("is the smallest larger page otherwise", () => {
    expect(pageWindow(10, 20)).toEqual({ page: 1, hitsPerPage: 30, skip: 10 })
    expect(pageWindow(30, 20)).toEqual({ page: 2, hitsPerPage: 25, skip: 5 })
  })

  it("covers every window the API accepts, never more than twice its size plus the offset's remainder", () => {
    for (let limit = 1; limit <= MAX_LIMIT; limit++) {
      for (let offset = 0; offset <= MAX_OFFSET; offset++) {
        const { page, hitsPerPage, skip } = pageWindow(offset, limit)
        const start = (page - 1) * hitsPerPage
        const ok = start + skip === offset && skip + limit <= hitsPerPage && hitsPerPage >= limit && start + hitsPerPage <= MAX_TOTAL_HITS && hitsPerPage <= offset + limit
        if (!ok) throw new Error(`offset ${offset}, limit ${limit}: page ${page} of ${hitsPerPage}, skip ${skip}`)
      }
    }
  })
})

describe("the search parameters", () => {
  it("count price as the stats of price_vnd, each list facet as itself", () => {
    expect(facetAttributes(["category", "price", "in_stock"])).toEqual(["category", "price_vnd", "in_stock"])
    expect(facetAttributes([])).toEqual([])
  })

  it("carry the filter, the page, the sort and the facets, every word required", () => {
    const built = searchParams(request({ q: "mat ong", filters: { ocop_stars: [4] }, facets: ["ocop_stars", "price"], sort: "price_asc", limit: 20, offset: 30 }))
    expect(built).toEqual({
      q: "mat ong",
      skip: 5,
      params: {
        filter: `kind = "product" AND ocop_stars IN ["4"]`,
        page: 2,
        hitsPerPage: 25,
        matchingStrategy: "all",
        sort: ["price_vnd:asc"],
        facets: ["ocop_stars", "price_vnd"],
      },
    })
  })

  it("make an empty query a placeholder search, newest first, without facets nobody asked for", () => {
    expect(searchParams(request({ kind: "category" }))).toEqual({
      q: null,
      skip: 0,
      params: { filter: `kind = "category"`, page: 1, hitsPerPage: 20, matchingStrategy: "all", sort: ["created_at:desc"] },
    })
  })
})
