import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { listingQueryParams, listingScope, parseListingQuery } from "../listing-query"
import { toSearchParams } from "../search-query"

void describe("a category or collection page's URL", () => {
  void it("keeps the listing's filters, price range, star floor and order, and nothing else", () => {
    const listing = parseListingQuery({
      sort: "price_asc",
      cooperative: "htx-a,htx-b",
      province: "Tuyên Quang",
      category: "che",
      certifications: "vietgap",
      price_min: "200.000",
      price_max: "50000",
      min_stars: "4",
      page: "2",
    })
    assert.deepEqual(listing.query.filters.cooperative, ["htx-a", "htx-b"])
    assert.deepEqual(listing.query.filters.province, ["Tuyên Quang"])
    assert.deepEqual(listing.query.filters.category, [])
    assert.deepEqual(listing.query.filters.certifications, [])
    assert.equal(listing.query.priceMin, 50000)
    assert.equal(listing.query.priceMax, 200000)
    assert.equal(listing.query.sort, "price_asc")
    assert.equal(listing.query.page, 2)
    assert.equal(listing.minStars, 4)
    assert.deepEqual(listingQueryParams(listing), {
      cooperative: "htx-a,htx-b",
      province: "Tuyên Quang",
      price_min: "50000",
      price_max: "200000",
      min_stars: "4",
      sort: "price_asc",
    })
  })

  void it("lists the newest first unless another listing order is asked for (relevance and stars are not one)", () => {
    assert.equal(parseListingQuery({}).query.sort, "newest")
    assert.equal(parseListingQuery({ sort: "relevance" }).query.sort, "newest")
    assert.equal(parseListingQuery({ sort: "best_selling" }).query.sort, "best_selling")
    assert.deepEqual(listingQueryParams(parseListingQuery({ sort: "newest" })), {})
  })

  void it("confines the search to the page's category or collection, and to certified products from the star floor up", () => {
    assert.deepEqual(listingScope({ category: "che" }, null), { category: "che" })
    assert.deepEqual(listingScope({ collection: "qua-tet" }, 4), { collection: "qua-tet", ocopStars: [4, 5] })
    const { query } = parseListingQuery({ cooperative: "htx-a", sort: "best_selling" })
    const params = toSearchParams({ kind: "product", q: "", query, scope: listingScope({ category: "che" }, 3), sort: query.sort, limit: 24 })
    assert.deepEqual(params.getAll("filters[category][]"), ["che"])
    assert.deepEqual(params.getAll("filters[cooperative][]"), ["htx-a"])
    assert.deepEqual(params.getAll("filters[ocop_stars][]"), ["3", "4", "5"])
    assert.equal(params.get("sort"), "best_selling")
  })
})
