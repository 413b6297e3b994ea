import { MedusaError } from "@medusajs/framework/utils"
import { filterExpression, quote } from "../filter-expression"

/**
 * The expression with every string literal replaced by "…", read as Meilisearch's filter parser reads it: a backslash
 * swallows the next character, an unescaped double quote ends the string. Equal skeletons mean equal structure.
 */
function skeleton(expression: string): string {
  let out = ""
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i]!
    if (c !== '"') {
      out += c
      continue
    }
    for (i++; i < expression.length && expression[i] !== '"'; i++) if (expression[i] === "\\") i++
    out += '"…"'
  }
  return out
}

describe("the Meilisearch filter expression", () => {
  it("always restricts to the requested kind", () => {
    expect(filterExpression("product", {})).toBe(`kind = "product"`)
    expect(filterExpression("cooperative", {})).toBe(`kind = "cooperative"`)
  })

  it("turns every filter into a condition, lists into IN, joined with AND", () => {
    expect(
      filterExpression("product", {
        category: ["mat-ong", "che"],
        product_set: ["4"],
        ocop_stars: [4, 5],
        province: ["Tuyên Quang"],
        commune: ["Xã Đồng Văn"],
        cooperative: ["htx-meo-vac"],
        certifications: ["vietgap", "organic_vn"],
        price_min: 90000,
        price_max: 650000,
        in_stock: true,
      })
    ).toBe(
      `kind = "product" AND category IN ["mat-ong", "che"] AND product_set IN ["4"] AND ocop_stars IN ["4", "5"]` +
        ` AND province IN ["Tuyên Quang"] AND commune IN ["Xã Đồng Văn"] AND cooperative IN ["htx-meo-vac"]` +
        ` AND certifications IN ["vietgap", "organic_vn"] AND price_vnd >= 90000 AND price_vnd <= 650000 AND in_stock = true`
    )
  })

  it("keeps a zero bound and a false stock filter, and skips empty lists", () => {
    expect(filterExpression("product", { price_min: 0, in_stock: false, category: [], province: [] })).toBe(`kind = "product" AND price_vnd >= 0 AND in_stock = false`)
    expect(filterExpression("product", { price_max: 100000 })).toBe(`kind = "product" AND price_vnd <= 100000`)
  })

  it("refuses a price bound that is not a finite number", () => {
    expect(() => filterExpression("product", { price_min: Number.NaN })).toThrow(MedusaError)
    expect(() => filterExpression("product", { price_max: Number.POSITIVE_INFINITY })).toThrow("price bound")
  })
})

describe("hostile filter values", () => {
  it("stay inside their quotes, escaped exactly", () => {
    expect(quote(`Hà Nội" OR kind = "category`)).toBe(`"Hà Nội\\" OR kind = \\"category"`)
    expect(quote(`\\`)).toBe(`"\\\\"`)
    expect(quote(`"`)).toBe(`"\\""`)
    expect(quote(`\\"] OR in_stock = false OR x IN ["`)).toBe(`"\\\\\\"] OR in_stock = false OR x IN [\\""`)
    expect(quote(`a\\`)).toBe(`"a\\\\"`)
    expect(quote(`'; DROP TABLE search_document; --`)).toBe(`"'; DROP TABLE search_document; --"`)
    expect(quote("🍯 mật ong (((")).toBe(`"🍯 mật ong ((("`)
  })

  it("cannot change the expression's structure", () => {
    const hostile = [
      `Hà Nội" OR kind = "category`,
      `\\`,
      `"`,
      `\\"`,
      `a\\\\" OR 1 = 1 OR "`,
      `"] OR price_vnd >= 0 OR province IN ["`,
      `x") OR (kind = "category`,
      `\\\\\\"\\`,
      "🍯 mật ong \u0000 \n \u202e",
      `"`.repeat(5000) + `\\`.repeat(5000),
    ]
    for (const value of hostile) {
      const expression = filterExpression("product", { province: [value, "Tuyên Quang"], cooperative: [value] })
      expect({ value, structure: skeleton(expression) }).toEqual({
        value,
        structure: `kind = "…" AND province IN ["…", "…"] AND cooperative IN ["…"]`,
      })
    }
  })

  it("reads back as the value itself when it holds quotes but no backslash", () => {
    // Meilisearch unescapes \" only, so a value with a backslash reads back doubled and matches nothing stored.
    const value = `Hà Nội" OR kind = "category`
    const literal = quote(value)
    expect(literal.slice(1, -1).replaceAll(`\\"`, `"`)).toBe(value)
  })
})
