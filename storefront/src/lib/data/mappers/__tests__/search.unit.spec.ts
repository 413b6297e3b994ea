import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { hitPrice, type StoreSearchHit, suggestionHref, toSearchProductCard, toSearchResultsView, toSearchSuggestions } from "../search"
import { parseSearchQuery } from "../search-query"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const honey: StoreSearchHit = {
  id: "prod_mat_ong",
  kind: "product",
  handle: "mat-ong-bac-ha",
  title_vi: "Mật ong bạc hà",
  title_en: "Mint-flower honey",
  thumbnail: "http://localhost:9000/static/mat-ong.jpg",
  ocop_stars: 4,
  province: "Tuyên Quang",
  commune: "Xã Mèo Vạc",
  cooperative: "htx-mat-ong-bac-ha-meo-vac",
  cooperative_name: "HTX Mật ong Mèo Vạc",
  price_vnd: 125000,
  price_usd: 4.81,
  in_stock: true,
}

const vi = { locale: "vi" as const, currencyCode: "vnd" }

void describe("toSearchProductCard", () => {
  void it("maps a product hit to the listing card, with the price in đồng the Vietnamese way", () => {
    assert.deepEqual(toSearchProductCard(honey, vi), {
      id: "prod_mat_ong",
      handle: "mat-ong-bac-ha",
      title: "Mật ong bạc hà",
      thumbnail: "http://localhost:9000/static/mat-ong.jpg",
      priceLabel: "125.000\u00a0₫",
      priceVaries: false,
      inStock: true,
      cooperative: { handle: "htx-mat-ong-bac-ha-meo-vac", name: "HTX Mật ong Mèo Vạc" },
    })
  })

  void it("speaks English on the English shop, falling back to the Vietnamese title when there is no English one", () => {
    assert.equal(toSearchProductCard(honey, { locale: "en", currencyCode: "vnd" })?.title, "Mint-flower honey")
    assert.equal(toSearchProductCard({ ...honey, title_en: " " }, { locale: "en", currencyCode: "vnd" })?.title, "Mật ong bạc hà")
    assert.equal(toSearchProductCard({ ...honey, title_vi: null }, vi)?.title, "Mint-flower honey")
  })

  void it("shows the dollar price in a dollar region and no price where the index has none", () => {
    assert.equal(toSearchProductCard(honey, { locale: "en", currencyCode: "usd" })?.priceLabel, "$4.81")
    assert.equal(hitPrice(honey, "eur"), null)
    assert.equal(toSearchProductCard({ ...honey, price_vnd: null }, vi)?.priceLabel, null)
    assert.equal(hitPrice({ ...honey, price_vnd: -1 }, "vnd"), null)
  })

  void it("marks sold-out hits and leaves out a cooperative without a name, and hits without an id, handle or title", () => {
    assert.equal(toSearchProductCard({ ...honey, in_stock: false }, vi)?.inStock, false)
    assert.equal(toSearchProductCard({ ...honey, cooperative_name: null }, vi)?.cooperative, undefined)
    assert.equal(toSearchProductCard({ ...honey, id: "" }, vi), null)
    assert.equal(toSearchProductCard({ ...honey, handle: undefined }, vi), null)
    assert.equal(toSearchProductCard({ ...honey, title_vi: "", title_en: "" }, vi), null)
  })
})

void describe("toSearchResultsView", () => {
  const response = {
    hits: [honey, { ...honey, id: "coop_x", kind: "cooperative" }, null, { ...honey, id: "prod_2", handle: "mat-ong-rung" }],
    total: 17,
    facets: {
      category: [
        { value: "mat-ong", count: 17, label_vi: "Mật ong", label_en: "Honey" },
        { value: "", count: 2 },
      ],
      ocop_stars: [{ value: "3", count: 5 }, { value: "4", count: 12 }, { value: "7", count: 1 }],
      product_set: [{ value: "4", count: 9 }, { value: "99", count: 1 }],
      province: [{ value: "Tuyên Quang", count: 17 }, { value: "Hà Giang", count: 2 }],
      certifications: [{ value: "vietgap", count: 3 }, { value: "made-up", count: 3 }],
      in_stock: [{ value: "false", count: 2 }, { value: "true", count: 15 }],
      price: { min: 90000, max: 650000 },
    },
  }

  void it("keeps product hits only, and reads the total, stock count and price range", () => {
    const view = toSearchResultsView(response as never, parseSearchQuery({ q: "mat ong" }), vi)
    assert.deepEqual(view.products.map((p) => p.id), ["prod_mat_ong", "prod_2"])
    assert.equal(view.total, 17)
    assert.equal(view.inStockCount, 15)
    assert.deepEqual(view.priceRange, { min: 90000, max: 650000 })
  })

  void it("names categories in the shop's language and drops values the filters could not take back", () => {
    const en = toSearchResultsView(response as never, parseSearchQuery({}), { locale: "en", currencyCode: "vnd" })
    assert.deepEqual(en.facets.category, [{ value: "mat-ong", label: "Honey", count: 17, selected: false }])
    assert.deepEqual(en.facets.product_set.map((o) => o.value), ["4"])
    assert.deepEqual(en.facets.province.map((o) => o.value), ["Tuyên Quang"], "Hà Giang is no longer a province (2025)")
    assert.deepEqual(en.facets.certifications.map((o) => o.value), ["vietgap"])
    assert.deepEqual(en.facets.commune, [])
  })

  void it("lists stars best first and ticks what the shopper chose, keeping a chosen value no result has any more", () => {
    const view = toSearchResultsView(response as never, parseSearchQuery({ ocop_stars: "4", category: "mat-ong,che" }), vi)
    assert.deepEqual(view.facets.ocop_stars, [
      { value: "4", label: null, count: 12, selected: true },
      { value: "3", label: null, count: 5, selected: false },
    ])
    assert.deepEqual(view.facets.category, [
      { value: "che", label: null, count: null, selected: true },
      { value: "mat-ong", label: "Mật ong", count: 17, selected: true },
    ])
  })

  void it("copes with an answer missing its parts", () => {
    const view = toSearchResultsView({}, parseSearchQuery({}), vi)
    assert.deepEqual(view.products, [])
    assert.equal(view.total, 0)
    assert.equal(view.inStockCount, null)
    assert.equal(view.priceRange, null)
  })
})

void describe("toSearchSuggestions", () => {
  void it("links products and cooperatives to their pages and categories to the results for the text", () => {
    assert.equal(suggestionHref("product", "mat-ong-bac-ha", "mat ong"), "/products/mat-ong-bac-ha")
    assert.equal(suggestionHref("cooperative", "htx-mat-ong", "mat ong"), "/cooperatives/htx-mat-ong")
    assert.equal(suggestionHref("category", "mat-ong", "mật ong"), "/search?q=m%E1%BA%ADt+ong&category=mat-ong")
  })

  void it("maps each kind with its second line, skipping other kinds, blanks and repeats", () => {
    const coop = { id: "coop_1", kind: "cooperative", handle: "htx-mat-ong", title_vi: "HTX Mật ong", commune: "Xã Mèo Vạc", province: "Tuyên Quang" }
    const category = { id: "pcat_1", kind: "category", handle: "mat-ong", title_vi: "Mật ong", title_en: "Honey", thumbnail: "x.jpg" }
    assert.deepEqual(toSearchSuggestions({ hits: [honey, honey, { ...honey, id: "prod_x", handle: "" }] }, "product", "mat ong", "vi"), [
      {
        id: "prod_mat_ong",
        kind: "product",
        title: "Mật ong bạc hà",
        detail: "HTX Mật ong Mèo Vạc",
        thumbnail: "http://localhost:9000/static/mat-ong.jpg",
        href: "/products/mat-ong-bac-ha",
      },
    ])
    assert.equal(toSearchSuggestions({ hits: [coop] }, "cooperative", "mat ong", "vi")[0]?.detail, "Xã Mèo Vạc, Tuyên Quang")
    assert.deepEqual(toSearchSuggestions({ hits: [category] }, "category", "mat ong", "en"), [
      { id: "pcat_1", kind: "category", title: "Honey", detail: null, thumbnail: null, href: "/search?q=mat+ong&category=mat-ong" },
    ])
    assert.deepEqual(toSearchSuggestions({ hits: [coop] }, "product", "mat ong", "vi"), [])
    assert.deepEqual(toSearchSuggestions({ hits: null }, "product", "mat ong", "vi"), [])
  })
})
