import { isRetiredCart, type MergeCart, planCartMerge, type VariantState } from "../carts/cart-merge"

const cart = (id: string, items: MergeCart["items"], region_id = "reg_vn", currency_code = "vnd"): MergeCart => ({ id, region_id, currency_code, items })
const line = (variant_id: string, quantity: number, metadata: Record<string, unknown> | null = null) => ({ variant_id, quantity, metadata, product_title: `Sản phẩm ${variant_id}` })
const sold = (available: number | null = null): VariantState => ({ sold: true, available })

describe("planCartMerge", () => {
  it("adds up the same variant with the same metadata, whatever the metadata's key order, and keeps other metadata apart", () => {
    const fair = { fair_slug: "hoi-cho", booth_code: "T01" }
    const plan = planCartMerge(cart("here", []), [cart("a", [line("v1", 1, fair), line("v1", 2)]), cart("b", [line("v1", 1, { booth_code: "T01", fair_slug: "hoi-cho" })])], new Map([["v1", sold()]]))
    expect(plan.items).toEqual([
      { variant_id: "v1", quantity: 2, metadata: fair },
      { variant_id: "v1", quantity: 2 },
    ])
    expect(plan.merged_cart_ids).toEqual(["a", "b"])
  })

  it("counts what the target already holds against the stock, and reports lines no longer sold", () => {
    const plan = planCartMerge(
      cart("here", [line("v1", 2)]),
      [cart("a", [line("v1", 2), line("v2", 1), line("v3", 1)])],
      new Map([
        ["v1", sold(3)],
        ["v2", { sold: false, available: null }],
        ["v3", sold(1)],
      ])
    )
    expect(plan.items).toEqual([{ variant_id: "v3", quantity: 1 }])
    expect(plan.not_added.map((l) => [l.variant_id, l.reason])).toEqual([
      ["v1", "out_of_stock"],
      ["v2", "no_longer_sold"],
    ])
  })

  it("leaves carts of another region or currency out of the merge", () => {
    const plan = planCartMerge(cart("here", []), [cart("abroad", [line("v1", 1)], "reg_intl", "usd")], new Map([["v1", sold()]]))
    expect(plan).toMatchObject({ items: [], merged_cart_ids: [], other_region_cart_ids: ["abroad"] })
  })
})

describe("isRetiredCart", () => {
  it("is true only for a cart that names the cart it was merged into", () => {
    expect(isRetiredCart({ metadata: { merged_into_cart_id: "cart_1" } })).toBe(true)
    expect(isRetiredCart({ metadata: { merged_into_cart_id: "" } })).toBe(false)
    expect(isRetiredCart({ metadata: null })).toBe(false)
  })
})
