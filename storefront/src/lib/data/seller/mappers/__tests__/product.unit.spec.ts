import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { toCategoryOptions, toProductRows, toSellerProductView } from "../product"
import { parseWholeNumber, toProductPayload } from "../product-payload"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NBSP = "\u00a0"

const detail = {
  id: "prod_1",
  handle: "che-shan-tuyet",
  status: "archived",
  title: "Chè Shan tuyết",
  title_en: null,
  description: "Chè cổ thụ.",
  description_en: "Ancient tea trees.",
  category_ids: ["pcat_tea"],
  weight: 250,
  images: [{ id: "img_1", url: "http://localhost:9000/static/che.webp" }],
  variants: [{ id: "variant_1", title: "Hộp 100 g", sku: "CHE-100", price_vnd: 180000, stock: 12, weight: null }],
}

void describe("toProductRows", () => {
  void it("formats the cheapest price in đồng and uses the English title only in English", () => {
    const data = {
      products: [{ id: "p", title: "Mật ong bạc hà", title_en: "Mint honey", status: "published", price_vnd_min: 250000, stock_total: 8, variant_count: 2, updated_at: "2025-11-20T03:00:00Z" }],
      count: 41,
      limit: 20,
      offset: 0,
    }
    const vi = toProductRows(data, "vi")
    assert.equal(vi.count, 41)
    assert.deepEqual([vi.rows[0]?.title, vi.rows[0]?.priceLabel, vi.rows[0]?.stockTotal], ["Mật ong bạc hà", `250.000${NBSP}₫`, 8])
    assert.equal(toProductRows(data, "en").rows[0]?.title, "Mint honey")
  })

  void it("shows no price for a product whose variants have none", () => {
    assert.equal(toProductRows({ products: [{ id: "p", title: "Thổ cẩm", status: "draft" }], count: 1 }, "vi").rows[0]?.priceLabel, null)
  })
})

void describe("toSellerProductView", () => {
  void it("turns numbers into the editor's strings and keeps variant ids", () => {
    const view = toSellerProductView(detail)
    assert.equal(view.status, "archived")
    assert.equal(view.values.status, "published")
    assert.equal(view.values.weight, "250")
    assert.equal(view.values.titleEn, "")
    assert.deepEqual(view.values.variants[0], { key: "variant_1", id: "variant_1", title: "Hộp 100 g", sku: "CHE-100", price: "180000", stock: "12", weight: "" })
  })
})

void describe("toProductPayload", () => {
  void it("sends the full variant list: ids for kept variants, none for new ones", () => {
    const values = toSellerProductView(detail).values
    values.variants.push({ key: "new-1", id: null, title: "Hộp 250 g", sku: "", price: "420.000", stock: "5", weight: "270" })
    const body = toProductPayload(values, { keepStatus: true })
    assert.equal("status" in body, false)
    assert.equal(body.title_en, null)
    assert.deepEqual(body.variants, [
      { id: "variant_1", title: "Hộp 100 g", sku: "CHE-100", price_vnd: 180000, stock: 12, weight: null },
      { title: "Hộp 250 g", sku: null, price_vnd: 420000, stock: 5, weight: 270 },
    ])
    assert.deepEqual(body.images, [{ url: "http://localhost:9000/static/che.webp" }])
  })

  void it("sends the chosen status for a product that is not archived", () => {
    const values = { ...toSellerProductView(detail).values, status: "draft" as const }
    assert.equal(toProductPayload(values).status, "draft")
  })
})

void describe("parseWholeNumber", () => {
  void it("reads whole numbers as typed on a phone, with thousands separators", () => {
    assert.equal(parseWholeNumber("125000"), 125000)
    assert.equal(parseWholeNumber(" 125.000 "), 125000)
    assert.equal(parseWholeNumber("1,250,000"), 1250000)
    assert.equal(parseWholeNumber("125 000"), 125000)
    assert.equal(parseWholeNumber(""), null)
  })

  void it("leaves anything else as text for the backend to explain", () => {
    assert.equal(parseWholeNumber("12.5"), "12.5")
    assert.equal(parseWholeNumber("-3"), "-3")
    assert.equal(parseWholeNumber("abc"), "abc")
  })
})

void describe("toCategoryOptions", () => {
  void it("names categories in the portal's language and sorts them", () => {
    const data = { categories: [{ id: "b", name: "Trà", name_en: "Tea" }, { id: "a", name: "Mật ong", name_en: null }] }
    assert.deepEqual(toCategoryOptions(data, "vi").map((c) => c.name), ["Mật ong", "Trà"])
    assert.deepEqual(toCategoryOptions(data, "en").map((c) => c.name), ["Mật ong", "Tea"])
  })
})
