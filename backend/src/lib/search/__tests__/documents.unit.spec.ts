import { categoryDocument, cooperativeDocument, productDocument } from "../documents"
import type { ProductSourceRow } from "../source-rows"

const now = new Date("2026-11-23T03:00:00Z")
const coop = { id: "coop_1", handle: "htx-mat-ong", name: "HTX Mật ong Mèo Vạc", status: "approved", province: "Tuyên Quang", commune: "Xã Mèo Vạc" }
const level = (stocked: number, reserved = 0) => ({ inventory: { location_levels: [{ stocked_quantity: stocked, reserved_quantity: reserved }] } })

function product(overrides: Partial<ProductSourceRow> = {}): ProductSourceRow {
  return {
    id: "prod_1",
    handle: "mat-ong-bac-ha",
    title: "Mật ong bạc hà",
    subtitle: "Cao nguyên đá",
    description: "Mật ong từ hoa bạc hà",
    status: "published",
    thumbnail: "http://x/t.webp",
    created_at: "2026-11-01T00:00:00Z",
    metadata: { title_en: "Mint-flower honey", description_en: "Honey from mint flowers" },
    categories: [{ id: "pcat_1", handle: "mat-ong", name: "Mật ong", metadata: { name_en: "Honey" } }],
    cooperative: coop,
    ocop_certificates: [
      { status: "verified", stars: 4, potential_five_star: false, product_set: 4, expires_on: "2027-06-01" },
      { status: "verified", stars: 5, potential_five_star: false, product_set: 4, expires_on: "2026-11-01" },
    ],
    variants: [
      {
        manage_inventory: true,
        prices: [
          { amount: 320000, currency_code: "vnd" },
          { amount: 12.31, currency_code: "usd" },
          { amount: 1000, currency_code: "vnd", rules_count: 1 },
          { amount: 900, currency_code: "vnd", rules_count: 0, price_list_id: "plist_fair" },
        ],
        inventory_items: [level(0)],
        trade_item: { lots: [{ certifications: [{ kind: "vietgap" }, { kind: "organic_vn" }] }] },
      },
      { manage_inventory: true, prices: [{ amount: 250000, currency_code: "vnd" }, { amount: 9.62, currency_code: "usd" }], inventory_items: [level(5, 2)] },
    ],
    ...overrides,
  }
}

describe("product documents", () => {
  it("carry what shoppers search and filter by", () => {
    expect(productDocument(product(), now)).toEqual({
      id: "prod_1",
      kind: "product",
      handle: "mat-ong-bac-ha",
      title_vi: "Mật ong bạc hà",
      title_en: "Mint-flower honey",
      subtitle_vi: "Cao nguyên đá",
      subtitle_en: "",
      description_vi: "Mật ong từ hoa bạc hà",
      description_en: "Honey from mint flowers",
      keywords: ["Mật ong", "Honey", "Xã Mèo Vạc", "Tuyên Quang"],
      thumbnail: "http://x/t.webp",
      category: ["mat-ong"],
      product_set: "4",
      ocop_stars: 4,
      province: "Tuyên Quang",
      commune: "Xã Mèo Vạc",
      cooperative: "htx-mat-ong",
      collection: null,
      cooperative_name: "HTX Mật ong Mèo Vạc",
      certifications: ["organic_vn", "vietgap"],
      price_vnd: 250000,
      price_usd: 9.62,
      in_stock: true,
      units_sold: 0,
      created_at: Date.parse("2026-11-01T00:00:00Z"),
    })
  })

  it("carry the units sold they are given, never a negative or fractional count", () => {
    expect(productDocument(product(), now, 7)?.units_sold).toBe(7)
    expect(productDocument(product(), now, -2)?.units_sold).toBe(0)
    expect(productDocument(product(), now, 2.6)?.units_sold).toBe(3)
  })

  it("are out of stock when every unit is reserved, in stock without inventory management", () => {
    const variant = { manage_inventory: true, prices: [], inventory_items: [level(3, 3)] }
    expect(productDocument(product({ variants: [variant] }), now)?.in_stock).toBe(false)
    expect(productDocument(product({ variants: [{ ...variant, manage_inventory: false }] }), now)?.in_stock).toBe(true)
  })

  it("have no stars once every certificate has expired or was never verified", () => {
    const doc = productDocument(product({ ocop_certificates: [{ status: "submitted", stars: 5, potential_five_star: false, product_set: 4, expires_on: "2028-01-01" }] }), now)
    expect(doc).toMatchObject({ ocop_stars: null, product_set: null })
  })

  it("are not made for drafts, archived products or products of cooperatives that are not approved", () => {
    expect(productDocument(product({ status: "draft" }), now)).toBeNull()
    expect(productDocument(product({ metadata: { archived_at: "2026-11-02" } }), now)).toBeNull()
    expect(productDocument(product({ cooperative: { ...coop, status: "suspended" } }), now)).toBeNull()
    expect(productDocument(product({ cooperative: null }), now)).toBeNull()
  })
})

describe("cooperative and category documents", () => {
  it("exist only for approved cooperatives", () => {
    expect(cooperativeDocument(coop)).toMatchObject({ kind: "cooperative", title_vi: "HTX Mật ong Mèo Vạc", province: "Tuyên Quang" })
    expect(cooperativeDocument({ ...coop, status: "pending" })).toBeNull()
  })

  it("exist only for active categories with something to buy", () => {
    const category = { id: "pcat_1", handle: "mat-ong", name: "Mật ong", metadata: { name_en: "Honey" } }
    expect(categoryDocument(category, 3)).toMatchObject({ kind: "category", title_en: "Honey", category: ["mat-ong"] })
    expect(categoryDocument(category, 0)).toBeNull()
    expect(categoryDocument({ ...category, is_active: false }, 3)).toBeNull()
  })
})
