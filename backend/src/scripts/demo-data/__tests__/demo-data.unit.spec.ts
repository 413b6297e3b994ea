import { findCommune } from "../../../modules/cooperative/rules"
import { demoApplicants } from "../applicants"
import { demoCategories } from "../categories"
import { demoCooperatives } from "../cooperatives"
import type { DemoProduct } from "../types"

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const SKU = /^[A-Z0-9]+(-[A-Z0-9]+)*$/
const MOBILE = /^0[35789]\d{2} \d{3} \d{3}$/
const LANDLINE = /^02\d{2} \d{4} \d{3}$/

const products: DemoProduct[] = demoCooperatives.flatMap((c) => c.products)
const variants = products.flatMap((p) => p.variants)

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i)
}

describe("demo catalogue data", () => {
  it("has enough cooperatives spread over enough communes", () => {
    expect(demoCooperatives.length).toBeGreaterThanOrEqual(20)
    expect(new Set(demoCooperatives.map((c) => c.commune)).size).toBeGreaterThanOrEqual(8)
    expect(demoCooperatives.every((c) => c.province === "Tuyên Quang")).toBe(true)
  })

  it("places every cooperative and applicant in a commune of its province, spelt as in the official list", () => {
    const misplaced = [...demoCooperatives, ...demoApplicants].filter((c) => findCommune(c.province, c.commune) !== c.commune)
    expect(misplaced.map((c) => `${c.commune}, ${c.province}`)).toEqual([])
  })

  it("starts with the two demo seller cooperatives", () => {
    expect(demoCooperatives[0]?.handle).toBe("htx-che-shan-tuyet-lung-phin")
    expect(demoCooperatives[1]?.handle).toBe("htx-cam-sanh-ham-yen")
  })

  it("has enough products and categories, each category well stocked", () => {
    expect(products.length).toBeGreaterThanOrEqual(120)
    expect(demoCategories.length).toBeGreaterThanOrEqual(10)
    for (const category of demoCategories) {
      const count = products.filter((p) => p.category === category.handle).length
      expect({ category: category.handle, enough: count >= 5 }).toEqual({ category: category.handle, enough: true })
    }
  })

  it("files every product under an existing category", () => {
    const handles = new Set(demoCategories.map((c) => c.handle))
    expect(products.filter((p) => !handles.has(p.category)).map((p) => p.handle)).toEqual([])
  })

  it("uses unique kebab-case handles and unique upper-case SKUs", () => {
    const handles = [
      ...demoCategories.map((c) => c.handle),
      ...demoCooperatives.map((c) => c.handle),
      ...products.map((p) => p.handle),
    ]
    expect(handles.filter((h) => !HANDLE.test(h))).toEqual([])
    expect(duplicates(products.map((p) => p.handle))).toEqual([])
    expect(duplicates(demoCooperatives.map((c) => c.handle))).toEqual([])
    const skus = variants.map((v) => v.sku)
    expect(skus.filter((s) => !SKU.test(s))).toEqual([])
    expect(duplicates(skus)).toEqual([])
  })

  it("gives every cooperative a valid phone, email and registration number", () => {
    expect(demoCooperatives.filter((c) => !MOBILE.test(c.phone) && !LANDLINE.test(c.phone)).map((c) => c.phone)).toEqual([])
    expect(demoCooperatives.filter((c) => !/^50\d{8}$/.test(c.registration_number)).map((c) => c.handle)).toEqual([])
    expect(duplicates(demoCooperatives.map((c) => c.registration_number))).toEqual([])
    expect(demoCooperatives.filter((c) => !/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/.test(c.email)).map((c) => c.email)).toEqual([])
    expect(duplicates(demoCooperatives.map((c) => c.email))).toEqual([])
  })

  it("keeps cooperative facts within realistic bounds", () => {
    for (const c of demoCooperatives) {
      expect(c.products.length).toBeGreaterThanOrEqual(5)
      expect(c.products.length).toBeLessThanOrEqual(8)
      expect(c.member_count).toBeGreaterThanOrEqual(7)
      expect(c.member_count).toBeLessThanOrEqual(250)
      expect(c.founded_on).toMatch(/^20(0[89]|1\d|2[0-2])-\d{2}-\d{2}$/)
      expect(Number.isNaN(Date.parse(c.founded_on))).toBe(false)
    }
  })

  it("prices every variant in whole positive amounts with sane stock and weight", () => {
    for (const p of products) {
      expect(p.variants.length).toBeGreaterThanOrEqual(1)
      expect(p.variants.length).toBeLessThanOrEqual(3)
    }
    for (const v of variants) {
      expect(Number.isInteger(v.price_vnd) && v.price_vnd > 0 && v.price_vnd % 1000 === 0).toBe(true)
      expect(Number.isInteger(v.price_usd_cents) && v.price_usd_cents > 0).toBe(true)
      expect(Number.isInteger(v.stock) && v.stock >= 0 && v.stock <= 500).toBe(true)
      expect(Number.isInteger(v.weight_g) && v.weight_g > 0).toBe(true)
    }
  })

  it("has some sold-out and some low-stock variants for the storefront to show", () => {
    expect(variants.some((v) => v.stock === 0)).toBe(true)
    expect(variants.some((v) => v.stock > 0 && v.stock < 10)).toBe(true)
  })

  it("fills every text in both languages, in NFC", () => {
    const texts = [
      ...demoCategories.flatMap((c) => [c.name_vi, c.name_en, c.description_vi, c.description_en]),
      ...demoCooperatives.flatMap((c) => [c.name, c.short_name, c.legal_representative, c.street, c.description_vi, c.description_en]),
      ...products.flatMap((p) => [
        p.title_vi,
        p.title_en,
        p.subtitle_vi,
        p.subtitle_en,
        p.description_vi,
        p.description_en,
        p.option_vi,
        p.option_en,
      ]),
      ...variants.map((v) => v.value),
    ]
    expect(texts.filter((t) => t.trim() === "")).toEqual([])
    expect(texts.filter((t) => t !== t.normalize("NFC"))).toEqual([])
  })
})
