import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { getStockState, toProductCardView, toProductView } from "../product"
import { orangeProduct, variant } from "./fixtures"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NBSP = "\u00a0"
const vi = { locale: "vi", currencyCode: "vnd" } as const
const en = { locale: "en", currencyCode: "vnd" } as const

void describe("getStockState", () => {
  void it("is out at 0, low under 10 (with the count), in stock from 10", () => {
    assert.deepEqual(getStockState({ inventory_quantity: 0, manage_inventory: true, allow_backorder: false }), { kind: "out" })
    assert.deepEqual(getStockState({ inventory_quantity: 9, manage_inventory: true, allow_backorder: false }), {
      kind: "low",
      quantity: 9,
    })
    assert.deepEqual(getStockState({ inventory_quantity: 10, manage_inventory: true, allow_backorder: false }), { kind: "in" })
  })

  void it("treats untracked and backorderable variants as in stock", () => {
    assert.deepEqual(getStockState({ inventory_quantity: 0, manage_inventory: false, allow_backorder: false }), { kind: "in" })
    assert.deepEqual(getStockState({ inventory_quantity: 0, manage_inventory: true, allow_backorder: true }), { kind: "in" })
  })
})

void describe("toProductView", () => {
  void it("shows Vietnamese text, variants in the merchant's order, prices as a shopper reads them", () => {
    const view = toProductView(orangeProduct(), vi)
    assert.equal(view.title, "Cam sành Hàm Yên")
    assert.equal(view.optionTitle, "Khối lượng")
    assert.deepEqual(
      view.variants.map((v) => [v.label, v.priceLabel, v.stock.kind]),
      [
        ["1 kg", `45.000${NBSP}₫`, "in"],
        ["5 kg", `200.000${NBSP}₫`, "low"],
      ]
    )
    assert.deepEqual(view.variants[1]?.stock, { kind: "low", quantity: 4 })
    assert.deepEqual(view.cooperative, { name: "Hợp tác xã Cam sành Phù Lưu", handle: "htx-cam-sanh-phu-luu" })
    assert.deepEqual(
      view.images.map((i) => i.url),
      ["http://localhost:9000/static/cam-1.jpg", "http://localhost:9000/static/cam-2.jpg"]
    )
  })

  void it("uses the English metadata in English", () => {
    const view = toProductView(orangeProduct(), en)
    assert.equal(view.title, "Hàm Yên King orange")
    assert.equal(view.subtitle, "Tree-ripened King oranges")
    assert.equal(view.description, "Grown on the hills of Hàm Yên.")
    assert.equal(view.optionTitle, "Weight")
    assert.equal(view.images[0]?.alt, "Hàm Yên King orange")
  })

  void it("falls back to Vietnamese where English is missing or blank", () => {
    const view = toProductView(orangeProduct({ metadata: { title_en: "  ", subtitle_en: "Oranges" } }), en)
    assert.equal(view.title, "Cam sành Hàm Yên")
    assert.equal(view.subtitle, "Oranges")
    assert.equal(view.description, "Cam trồng trên đồi Hàm Yên.")
    assert.equal(view.optionTitle, "Khối lượng")
  })

  void it("formats USD prices from the International region", () => {
    const product = orangeProduct({ variants: [variant({ id: "v", value: "1 kg", amount: 8.99, currency: "usd" })] })
    assert.equal(toProductView(product, { locale: "en", currencyCode: "usd" }).variants[0]?.priceLabel, "$8.99")
  })

  void it("has no price label and no cooperative when the API sends neither", () => {
    const product = orangeProduct({ variants: [variant({ id: "v", value: "1 kg", amount: null })] })
    delete (product as { cooperative?: unknown }).cooperative
    const view = toProductView(product, vi)
    assert.equal(view.variants[0]?.priceLabel, null)
    assert.equal(view.cooperative, undefined)
  })
})

void describe("toProductCardView", () => {
  void it("shows the cheapest price, flags that prices vary, and is in stock if any variant is", () => {
    const card = toProductCardView(orangeProduct(), vi)
    assert.equal(card.priceLabel, `45.000${NBSP}₫`)
    assert.equal(card.priceVaries, true)
    assert.equal(card.inStock, true)
    assert.equal(card.cooperative?.handle, "htx-cam-sanh-phu-luu")
  })

  void it("is out of stock only when every variant is", () => {
    const product = orangeProduct({
      variants: [
        variant({ id: "a", value: "1 kg", amount: 45000, stock: 0 }),
        variant({ id: "b", value: "2 kg", amount: 45000, stock: 0 }),
      ],
    })
    const card = toProductCardView(product, en)
    assert.equal(card.inStock, false)
    assert.equal(card.priceVaries, false)
    assert.equal(card.title, "Hàm Yên King orange")
  })

  void it("reads the cooperative whether the link comes back as one record or a list", () => {
    const product = orangeProduct({ cooperative: [{ name: "HTX Chè Lũng Phìn", handle: "htx-che-lung-phin" }] } as never)
    assert.deepEqual(toProductCardView(product, vi).cooperative, { name: "HTX Chè Lũng Phìn", handle: "htx-che-lung-phin" })
  })
})
