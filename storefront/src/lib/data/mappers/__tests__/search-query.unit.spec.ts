import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  activeFilters,
  hasFilters,
  MAX_SEARCH_PAGE,
  parsePriceParam,
  parseSearchQuery,
  SEARCH_PAGE_SIZE,
  searchQueryParams,
  toSearchParams,
  withoutAnyFilter,
  withoutFilter,
} from "../search-query"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
void describe("parseSearchQuery", () => {
  void it("reads text, every filter, price, stock, order and page from the URL", () => {
    const query = parseSearchQuery({
      q: " mật ong ",
      category: "mat-ong",
      ocop_stars: ["4", "5"],
      product_set: "4",
      province: "Tuyên Quang",
      commune: "Xã Mèo Vạc",
      cooperative: "htx-mat-ong-bac-ha-meo-vac",
      certifications: "vietgap,organic_vn",
      price_min: "100.000",
      price_max: "500000",
      in_stock: "true",
      sort: "price_asc",
      page: "2",
    })
    assert.deepEqual(query, {
      q: "mật ong",
      filters: {
        category: ["mat-ong"],
        ocop_stars: ["4", "5"],
        product_set: ["4"],
        province: ["Tuyên Quang"],
        commune: ["Xã Mèo Vạc"],
        cooperative: ["htx-mat-ong-bac-ha-meo-vac"],
        certifications: ["vietgap", "organic_vn"],
      },
      priceMin: 100000,
      priceMax: 500000,
      inStock: true,
      sort: "price_asc",
      page: 2,
    })
  })

  void it("takes lists both as repeated parameters and comma lists, without repeats", () => {
    const query = parseSearchQuery({ certifications: ["vietgap", "haccp,vietgap"], ocop_stars: "3,3,4" })
    assert.deepEqual(query.filters.certifications, ["vietgap", "haccp"])
    assert.deepEqual(query.filters.ocop_stars, ["3", "4"])
  })

  void it("leaves out what it does not know rather than refusing the page", () => {
    const query = parseSearchQuery({
      ocop_stars: ["2", "6", "x"],
      product_set: ["0", "27", "04", "abc"],
      province: ["Hà Giang", "Atlantis"],
      certifications: "fairtrade",
      category: "mat ong; drop",
      sort: "cheapest",
      in_stock: "maybe",
      price_min: "a lot",
      page: "-1",
    })
    assert.equal(hasFilters(query), true, "product set 04 is read as 4")
    assert.deepEqual(query.filters.product_set, ["4"])
    for (const filter of ["ocop_stars", "province", "certifications", "category"] as const) assert.deepEqual(query.filters[filter], [], filter)
    assert.equal(query.sort, null)
    assert.equal(query.inStock, false)
    assert.equal(query.priceMin, null)
    assert.equal(query.page, 1)
  })

  void it("composes decomposed Vietnamese text, as some keyboards send it, and keeps the whole text for the backend to judge", () => {
    const query = parseSearchQuery({ q: "Mật ong".normalize("NFD"), province: "Tuyên Quang".normalize("NFD") })
    assert.equal(query.q, "Mật ong")
    assert.deepEqual(query.filters.province, ["Tuyên Quang"])
    assert.equal(parseSearchQuery({ q: "a".repeat(300) }).q.length, 300)
  })

  void it("swaps a price range typed the wrong way round", () => {
    const query = parseSearchQuery({ price_min: "500000", price_max: "100000" })
    assert.deepEqual([query.priceMin, query.priceMax], [100000, 500000])
  })
})

void describe("parsePriceParam", () => {
  void it("reads prices as people type them and refuses the rest", () => {
    assert.equal(parsePriceParam("125.000"), 125000)
    assert.equal(parsePriceParam("125,000 ₫"), 125000)
    assert.equal(parsePriceParam(" 90 000 đ"), 90000)
    assert.equal(parsePriceParam("0"), 0)
    for (const bad of ["", "-5", "1e6", "abc", undefined, "9".repeat(20)]) assert.equal(parsePriceParam(bad), null, String(bad))
  })
})

void describe("searchQueryParams and chips", () => {
  const query = parseSearchQuery({ q: "mat ong", category: "mat-ong", ocop_stars: ["4", "5"], price_max: "300000", in_stock: "true", sort: "stars", page: "3" })

  void it("writes the query back as URL parameters without the page, lists comma-joined", () => {
    assert.deepEqual(searchQueryParams(query), {
      q: "mat ong",
      category: "mat-ong",
      ocop_stars: "4,5",
      price_max: "300000",
      in_stock: "true",
      sort: "stars",
    })
    assert.deepEqual(parseSearchQuery(searchQueryParams(query)), { ...query, page: 1 }, "what is written reads back the same")
  })

  void it("lists each active filter once, in the form's order", () => {
    assert.deepEqual(activeFilters(query), [
      { filter: "category", value: "mat-ong" },
      { filter: "ocop_stars", value: "4" },
      { filter: "ocop_stars", value: "5" },
      { filter: "price_max", value: 300000 },
      { filter: "in_stock" },
    ])
  })

  void it("removes one value, or every filter, going back to the first page and keeping text and order", () => {
    const without4 = withoutFilter(query, { filter: "ocop_stars", value: "4" })
    assert.deepEqual(without4.filters.ocop_stars, ["5"])
    assert.equal(without4.page, 1)
    assert.deepEqual(query.filters.ocop_stars, ["4", "5"], "the original query is left as it was")
    assert.equal(withoutFilter(query, { filter: "price_max", value: 300000 }).priceMax, null)
    assert.equal(withoutFilter(query, { filter: "in_stock" }).inStock, false)
    assert.deepEqual(searchQueryParams(withoutAnyFilter(query)), { q: "mat ong", sort: "stars" })
    assert.equal(hasFilters(withoutAnyFilter(query)), false)
  })
})

void describe("toSearchParams", () => {
  void it("sends filters as filters[f][]=…, bounds and stock as single values, and leaves defaults out", () => {
    const query = parseSearchQuery({ q: "mat ong", category: "mat-ong", ocop_stars: "4,5", price_min: "100000", in_stock: "true" })
    const params = toSearchParams({ kind: "product", q: query.q, query, facets: ["category", "price"], sort: null, limit: SEARCH_PAGE_SIZE, offset: 0 })
    assert.deepEqual([...params.entries()], [
      ["q", "mat ong"],
      ["kind", "product"],
      ["filters[category][]", "mat-ong"],
      ["filters[ocop_stars][]", "4"],
      ["filters[ocop_stars][]", "5"],
      ["filters[price_min]", "100000"],
      ["filters[in_stock]", "true"],
      ["facets", "category,price"],
      ["limit", "24"],
    ])
  })

  void it("asks for a few suggestions of one kind with nothing else", () => {
    assert.equal(toSearchParams({ kind: "category", q: "che", limit: 3 }).toString(), "q=che&kind=category&limit=3")
    assert.equal(toSearchParams({ kind: "product", q: "", sort: "newest", limit: 24, offset: 48 }).toString(), "kind=product&sort=newest&limit=24&offset=48")
  })

  void it("never pages past the backend's last offset", () => {
    assert.ok((MAX_SEARCH_PAGE - 1) * SEARCH_PAGE_SIZE <= 1000)
    assert.ok(MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE > 1000)
  })
})
