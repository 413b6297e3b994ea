import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { OcopBadgeView } from "../../../../types/views"
import {
  ocopListingIds,
  ocopQueryParams,
  orderByIds,
  parseMinStarsParam,
  parseOcopQuery,
  summarizeOcop,
  toOcopBadgeMap,
  toOcopBadgeView,
  withOcopBadges,
} from "../ocop"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const tea = { code: 11, group: "I", name_vi: "Chè và các sản phẩm từ chè", name_en: "Tea and tea products" }
const honey = { code: 4, group: "I", name_vi: "Mật ong, các sản phẩm từ mật ong", name_en: "Honey and honey products" }

function badge(productId: string, stars: number, extra: Record<string, unknown> = {}) {
  return { product_id: productId, stars, potential_five_star: false, product_set: tea, expires_on: "2027-06-30", ...extra }
}

void describe("toOcopBadgeView", () => {
  void it("names the product set in Vietnamese on the Vietnamese shop and in English on the English one", () => {
    assert.deepEqual(toOcopBadgeView(badge("prod_che", 4), "vi"), {
      stars: 4,
      potentialFiveStar: false,
      productSetCode: 11,
      productSetName: "Chè và các sản phẩm từ chè",
      expiresOn: "2027-06-30",
    })
    assert.equal(toOcopBadgeView(badge("prod_che", 4), "en")?.productSetName, "Tea and tea products")
  })

  void it("falls back to the Vietnamese name when the English one is missing", () => {
    const view = toOcopBadgeView(badge("prod_che", 3, { product_set: { ...tea, name_en: " " } }), "en")
    assert.equal(view?.productSetName, "Chè và các sản phẩm từ chè")
  })

  void it("keeps 'potential 5 stars' only on a 4-star badge", () => {
    assert.equal(toOcopBadgeView(badge("a", 4, { potential_five_star: true }), "vi")?.potentialFiveStar, true)
    assert.equal(toOcopBadgeView(badge("a", 3, { potential_five_star: true }), "vi")?.potentialFiveStar, false)
    assert.equal(toOcopBadgeView(badge("a", 5, { potential_five_star: true }), "vi")?.potentialFiveStar, false)
  })

  void it("reads the expiry day from a timestamp too, and shows no badge without stars 3–5 or an expiry", () => {
    assert.equal(toOcopBadgeView(badge("a", 5, { expires_on: "2027-06-30T00:00:00.000Z" }), "vi")?.expiresOn, "2027-06-30")
    assert.equal(toOcopBadgeView(badge("a", 2), "vi"), null)
    assert.equal(toOcopBadgeView(badge("a", 6), "vi"), null)
    assert.equal(toOcopBadgeView(badge("a", 4, { expires_on: null }), "vi"), null)
    assert.equal(toOcopBadgeView(badge("a", 4, { expires_on: "30/06/2027" }), "vi"), null)
  })
})

void describe("toOcopBadgeMap", () => {
  void it("maps each product to its badge and skips malformed rows", () => {
    const map = toOcopBadgeMap({ badges: [badge("prod_che", 4), badge("", 5), badge("prod_bad", 1), null, badge("prod_mat", 3, { product_set: honey })] }, "en")
    assert.deepEqual([...map.keys()].sort(), ["prod_che", "prod_mat"])
    assert.equal(map.get("prod_mat")?.productSetName, "Honey and honey products")
  })

  void it("keeps the best badge when a product is sent twice: more stars, then potential 5★ over a plain 4★", () => {
    const map = toOcopBadgeMap(
      { badges: [badge("p", 3), badge("p", 4), badge("p", 4, { potential_five_star: true }), badge("q", 5), badge("q", 4)] },
      "vi"
    )
    assert.equal(map.get("p")?.stars, 4)
    assert.equal(map.get("p")?.potentialFiveStar, true)
    assert.equal(map.get("q")?.stars, 5)
  })

  void it("is empty for an answer without a badge list", () => {
    assert.equal(toOcopBadgeMap(null, "vi").size, 0)
    assert.equal(toOcopBadgeMap({ badges: "none" }, "vi").size, 0)
  })
})

void describe("OCOP listing merge", () => {
  const cards = [
    { id: "prod_b", title: "Chè Shan tuyết" },
    { id: "prod_a", title: "Cam sành" },
    { id: "prod_c", title: "Mật ong bạc hà" },
  ]

  void it("shows products in the listing's order, not the catalogue's", () => {
    const ids = ocopListingIds({ products: [{ id: "prod_c" }, { id: "prod_a" }, { id: "prod_b" }], count: 3 })
    assert.deepEqual(
      orderByIds(ids, cards).map((c) => c.title),
      ["Mật ong bạc hà", "Cam sành", "Chè Shan tuyết"]
    )
  })

  void it("leaves out ids the catalogue no longer returns, and repeats in the listing", () => {
    const ids = ocopListingIds({ products: [{ id: "prod_a" }, { id: "prod_gone" }, { id: "prod_a" }, { id: null }, { id: "prod_b" }] })
    assert.deepEqual(ids, ["prod_a", "prod_gone", "prod_b"])
    assert.deepEqual(
      orderByIds(ids, cards).map((c) => c.id),
      ["prod_a", "prod_b"]
    )
  })

  void it("attaches badges to the products that have one and leaves the others as they were", () => {
    const map = toOcopBadgeMap({ badges: [badge("prod_a", 5)] }, "vi")
    const products: { id: string; title: string; ocop?: OcopBadgeView }[] = [
      { id: "prod_a", title: "Cam sành" },
      { id: "prod_b", title: "Chè Shan tuyết" },
    ]
    const [a, b] = withOcopBadges(products, map)
    assert.equal(a?.ocop?.stars, 5)
    assert.equal(b && "ocop" in b, false)
  })
})

void describe("summarizeOcop", () => {
  void it("gives the cooperative's best badge and how many products carry one", () => {
    const map = toOcopBadgeMap({ badges: [badge("a", 3), badge("b", 4, { potential_five_star: true }), badge("c", 4)] }, "vi")
    const summary = summarizeOcop([{ ocop: map.get("a") }, { ocop: map.get("b") }, {}, { ocop: map.get("c") }])
    assert.equal(summary?.productCount, 3)
    assert.equal(summary?.best.stars, 4)
    assert.equal(summary?.best.potentialFiveStar, true)
  })

  void it("is null when no product is certified", () => {
    assert.equal(summarizeOcop([{}, {}]), null)
  })
})

void describe("parseOcopQuery", () => {
  void it("reads the star filter, order and page", () => {
    assert.deepEqual(parseOcopQuery({ min_stars: "4", sort: "newest", page: "2" }), { minStars: 4, sort: "newest", page: 2 })
  })

  void it("falls back to all stars, best first and page 1 for anything it does not know", () => {
    for (const min_stars of ["all", "2", "6", "abc", "4.5", "", "-3", undefined]) {
      assert.equal(parseOcopQuery({ min_stars }).minStars, null, `min_stars=${min_stars}`)
    }
    for (const sort of ["price", "STARS_DESC", "", "stars_desc;drop", undefined]) {
      assert.equal(parseOcopQuery({ sort }).sort, "stars_desc", `sort=${sort}`)
    }
    assert.equal(parseOcopQuery({ page: "0" }).page, 1)
  })

  void it("takes the first of repeated parameters", () => {
    assert.deepEqual(parseOcopQuery({ min_stars: ["5", "3"], sort: ["stars_asc", "newest"] }), {
      minStars: 5,
      sort: "stars_asc",
      page: 1,
    })
    assert.equal(parseMinStarsParam([" 3 "]), 3)
  })

  void it("writes back only what differs from the defaults, for page links", () => {
    assert.deepEqual(ocopQueryParams({ minStars: null, sort: "stars_desc" }), {})
    assert.deepEqual(ocopQueryParams({ minStars: 4, sort: "newest" }), { min_stars: "4", sort: "newest" })
    assert.deepEqual(ocopQueryParams({ minStars: 5 }), { min_stars: "5" })
  })
})
