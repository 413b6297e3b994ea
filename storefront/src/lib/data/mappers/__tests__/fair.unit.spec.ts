import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import type { FairProductView } from "../../fair-views"
import {
  fairCategories,
  fairFilterQuery,
  filterFairProducts,
  findBooth,
  parseBoothFilter,
  parseCategoryFilter,
  percentOff,
  type StoreFairDetail,
  type StoreFairProduct,
  toFairCardView,
  toFairPhase,
  toFairProductViews,
  toFairView,
  toProductCategories,
} from "../fair"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
function winterFair(overrides: Partial<StoreFairDetail> = {}): StoreFairDetail {
  return {
    id: "fair_1",
    slug: "hoi-cho-ocop-tuyen-quang-mua-dong",
    name_vi: "Hội chợ OCOP Tuyên Quang mùa đông",
    name_en: "Tuyên Quang winter OCOP fair",
    description_vi: "Sản phẩm OCOP của các hợp tác xã.",
    description_en: "OCOP products of the cooperatives.",
    kind: "both",
    venue_name: "Quảng trường Nguyễn Tất Thành",
    venue_address: "Phường Minh Xuân, tỉnh Tuyên Quang",
    starts_at: "2026-11-21T01:00:00.000Z",
    ends_at: "2026-11-27T14:00:00.000Z",
    banner_url: null,
    organiser: "Sở Công Thương tỉnh Tuyên Quang",
    status: "published",
    phase: "live",
    booths: [
      { id: "booth_2", code: "a02", cooperative: { handle: "htx-mat-ong-bac-ha-meo-vac", name: "HTX Mật ong Mèo Vạc", commune: "Xã Mèo Vạc", province: "Tuyên Quang" } },
      { id: "booth_1", code: "A01", cooperative: { handle: "htx-che-shan-tuyet-lung-phin", name: "HTX Chè Lũng Phìn", commune: null, province: "Tuyên Quang", logo_url: "" } },
      { id: "booth_x", code: null, cooperative: { handle: "htx-x", name: "HTX không có mã" } },
      { id: "booth_y", code: "A09", cooperative: null },
    ],
    ...overrides,
  }
}

function row(overrides: Partial<StoreFairProduct> = {}): StoreFairProduct {
  return {
    booth: { code: "A02", cooperative: { handle: "htx-mat-ong-bac-ha-meo-vac", name: "HTX Mật ong Mèo Vạc" } },
    product: { id: "prod_honey", handle: "mat-ong-bac-ha", title: "Mật ong bạc hà", thumbnail: "http://localhost:9000/static/mat-ong.jpg" },
    variant: { id: "variant_500", title: "Hũ 500 g" },
    regular_price: 250000,
    fair_price: 225000,
    currency_code: "vnd",
    ...overrides,
  }
}

void describe("toFairCardView", () => {
  void it("names the fair in the shop's language and says how and where it is held", () => {
    const vi = toFairCardView(winterFair(), "vi")
    assert.equal(vi.name, "Hội chợ OCOP Tuyên Quang mùa đông")
    assert.equal(vi.kind, "both")
    assert.equal(vi.venue, "Quảng trường Nguyễn Tất Thành, Phường Minh Xuân, tỉnh Tuyên Quang")
    assert.equal(vi.phase, "live")
    assert.equal(vi.startsAt, "2026-11-21T01:00:00.000Z")
    assert.equal(toFairCardView(winterFair(), "en").name, "Tuyên Quang winter OCOP fair")
  })

  void it("falls back to the Vietnamese name, and an online fair has no venue", () => {
    const view = toFairCardView(winterFair({ name_en: "", kind: "online", venue_name: "Leftover", venue_address: null }), "en")
    assert.equal(view.name, "Hội chợ OCOP Tuyên Quang mùa đông")
    assert.equal(view.venue, null)
  })
})

void describe("toFairPhase", () => {
  void it("shows a fair still taking applications as upcoming to shoppers", () => {
    assert.equal(toFairPhase("open"), "upcoming")
    assert.equal(toFairPhase("upcoming"), "upcoming")
    assert.equal(toFairPhase("live"), "live")
    assert.equal(toFairPhase("ended"), "ended")
    assert.equal(toFairPhase(undefined), "upcoming")
  })
})

void describe("toFairView", () => {
  void it("lists the booths by code with their cooperative's place, leaving out those it cannot link to", () => {
    const view = toFairView(winterFair(), "en")
    assert.equal(view.description, "OCOP products of the cooperatives.")
    assert.equal(view.organiser, "Sở Công Thương tỉnh Tuyên Quang")
    assert.deepEqual(
      view.booths.map((b) => [b.code, b.cooperative.name, b.cooperative.place]),
      [
        ["A01", "HTX Chè Lũng Phìn", "Tuyên Quang"],
        ["A02", "HTX Mật ong Mèo Vạc", "Xã Mèo Vạc, Tuyên Quang"],
      ]
    )
    assert.equal(view.booths[0]?.cooperative.logoUrl, null)
  })

  void it("has no booths when the backend sends none", () => {
    assert.deepEqual(toFairView(winterFair({ booths: null }), "vi").booths, [])
  })
})

void describe("toFairProductViews", () => {
  void it("shows the regular price to strike through beside the lower fair price, in đồng the Vietnamese way", () => {
    const [honey] = toFairProductViews([row()], "vi")
    assert.deepEqual(honey, {
      boothCode: "A02",
      cooperativeName: "HTX Mật ong Mèo Vạc",
      productId: "prod_honey",
      handle: "mat-ong-bac-ha",
      title: "Mật ong bạc hà",
      thumbnail: "http://localhost:9000/static/mat-ong.jpg",
      variantId: "variant_500",
      variantTitle: "Hũ 500 g",
      regularPriceLabel: "250.000\u00a0₫",
      fairPriceLabel: "225.000\u00a0₫",
      percentOff: 10,
      categories: [],
    })
  })

  void it("carries each product's categories", () => {
    const honeyCategories = new Map([["prod_honey", [{ handle: "mat-ong", name: "Mật ong" }]]])
    const [honey] = toFairProductViews([row()], "vi", honeyCategories)
    assert.deepEqual(honey?.categories, [{ handle: "mat-ong", name: "Mật ong" }])
  })

  void it("strikes nothing through when there is no regular price or no saving, and drops rows it cannot show", () => {
    const views = toFairProductViews(
      [row({ regular_price: null }), row({ regular_price: 225000 }), row({ booth: { code: null, cooperative: { handle: "x", name: "X" } } })],
      "en"
    )
    assert.equal(views.length, 2)
    assert.deepEqual(views.map((v) => [v.regularPriceLabel, v.percentOff]), [[null, null], [null, null]])
    assert.equal(views[0]?.fairPriceLabel, "₫225,000")
    assert.deepEqual(toFairProductViews(null, "vi"), [])
  })
})

void describe("percentOff", () => {
  void it("rounds to a whole percent and never says 0% for a real saving", () => {
    assert.equal(percentOff(100000, 90000), 10)
    assert.equal(percentOff(1000000, 999000), 1)
    assert.equal(percentOff(100000, 100000), null)
    assert.equal(percentOff(0, 0), null)
    assert.equal(percentOff(null, 5000), null)
  })
})

void describe("findBooth and parseBoothFilter", () => {
  const fair = toFairView(winterFair(), "vi")

  void it("finds a booth whatever the case of its code", () => {
    assert.equal(findBooth(fair, "a01")?.cooperative.handle, "htx-che-shan-tuyet-lung-phin")
    assert.equal(findBooth(fair, " A02 ")?.code, "A02")
    assert.equal(findBooth(fair, "B07"), undefined)
  })

  void it("keeps every booth without ?booth=, one booth the fair has, and flags one it does not", () => {
    assert.deepEqual(parseBoothFilter(undefined, fair), { known: true, code: null })
    assert.deepEqual(parseBoothFilter("", fair), { known: true, code: null })
    assert.deepEqual(parseBoothFilter(["a02", "A01"], fair), { known: true, code: "A02" })
    assert.deepEqual(parseBoothFilter("Z99", fair), { known: false })
  })
})

void describe("the category filter", () => {
  const category = (handle: string, name: string, name_en?: string) => ({ id: `pcat_${handle}`, handle, name, metadata: name_en ? { name_en } : null }) as HttpTypes.StoreProductCategory
  const categories = toProductCategories(
    [
      { id: "prod_honey", categories: [category("mat-ong", "Mật ong", "Honey")] },
      { id: "prod_tea", categories: [category("che", "Chè", "Tea"), category("qua-tang", "Quà tặng")] },
      { id: "prod_orange", categories: null },
    ] as HttpTypes.StoreProduct[],
    "vi"
  )
  const products: FairProductView[] = toFairProductViews(
    [
      row(),
      row({ booth: { code: "A01", cooperative: { handle: "htx-che", name: "HTX Chè" } }, product: { id: "prod_tea", handle: "che", title: "Chè Shan tuyết", thumbnail: null } }),
      row({ booth: { code: "A03", cooperative: { handle: "htx-cam", name: "HTX Cam" } }, product: { id: "prod_orange", handle: "cam", title: "Cam sành", thumbnail: null } }),
    ],
    "vi",
    categories
  )

  void it("names the categories in the shop's language, each once, alphabetically", () => {
    assert.deepEqual(fairCategories(products, "vi"), [
      { handle: "che", name: "Chè" },
      { handle: "mat-ong", name: "Mật ong" },
      { handle: "qua-tang", name: "Quà tặng" },
    ])
    const english = toProductCategories([{ id: "prod_honey", categories: [category("mat-ong", "Mật ong", "Honey")] }] as HttpTypes.StoreProduct[], "en")
    assert.deepEqual(english.get("prod_honey"), [{ handle: "mat-ong", name: "Honey" }])
  })

  void it("keeps every category without ?category=, one the fair has, and flags one it does not", () => {
    const options = fairCategories(products, "vi")
    assert.deepEqual(parseCategoryFilter(undefined, options), { known: true, handle: null })
    assert.deepEqual(parseCategoryFilter(["che", "mat-ong"], options), { known: true, handle: "che" })
    assert.deepEqual(parseCategoryFilter("Mat-Ong", options), { known: true, handle: "mat-ong" })
    assert.deepEqual(parseCategoryFilter("gao", options), { known: false })
  })

  void it("keeps the products of a booth, of a category, or of both", () => {
    const titles = (filter: { booth: string | null; category: string | null }) => filterFairProducts(products, filter).map((p) => p.title)
    assert.deepEqual(titles({ booth: null, category: null }), ["Mật ong bạc hà", "Chè Shan tuyết", "Cam sành"])
    assert.deepEqual(titles({ booth: null, category: "che" }), ["Chè Shan tuyết"])
    assert.deepEqual(titles({ booth: "A02", category: null }), ["Mật ong bạc hà"])
    assert.deepEqual(titles({ booth: "A02", category: "che" }), [])
  })

  void it("writes a filter link's query with only the chosen filters", () => {
    assert.deepEqual(fairFilterQuery({ booth: null, category: null }), {})
    assert.deepEqual(fairFilterQuery({ booth: "A02", category: "mat-ong" }), { booth: "A02", category: "mat-ong" })
    assert.deepEqual(fairFilterQuery({ booth: null, category: "che" }), { category: "che" })
  })
})
