import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import { groupShipping, toCartPageView } from "../cart-groups"

// The formatter puts a no-break space before ₫; compared here as a plain space.
const plain = (label: string | null | undefined) => label?.replace(/\s/gu, " ") ?? null
const option = (id: string, amount: number, code: string | null) => ({ id, name: id, amount, code })
const item = (id: string, total: number) => ({ id, title: id, quantity: 1, unit_price: total, total, created_at: id }) as unknown as HttpTypes.StoreCartLineItem
const group = (handle: string, itemIds: string[], options: ReturnType<typeof option>[], selected: string | null = null) => ({
  cooperative: { id: `coop_${handle}`, handle, name: `HTX ${handle}` },
  item_ids: itemIds,
  options,
  selected_option_id: selected,
})

void describe("a cooperative's shipping in the cart", () => {
  void it("is the chosen option's amount once the shopper chose one", () => {
    assert.deepEqual(groupShipping(group("a", [], [option("s", 30000, "standard"), option("p", 0, "pickup")], "s")), { amount: 30000, from: false })
  })

  void it("is the cheapest standard option as a 'from' price before a choice, not a cheaper pickup", () => {
    const options = [option("s2", 45000, "standard"), option("s1", 30000, "standard"), option("p", 0, "pickup")]
    assert.deepEqual(groupShipping(group("a", [], options)), { amount: 30000, from: true })
    assert.deepEqual(groupShipping(group("a", [], [option("x", 120000, "express")])), { amount: 120000, from: true })
    assert.equal(groupShipping(group("a", [], [])), null)
  })
})

void describe("the cart page", () => {
  void it("groups lines by cooperative with subtotals that add up to the total with shipping", () => {
    const cart = { id: "cart_1", currency_code: "vnd", item_total: 425000, items: [item("l1", 125000), item("l2", 100000), item("l3", 200000)] } as unknown as HttpTypes.StoreCart
    const page = toCartPageView(
      cart,
      [group("che", ["l1", "l2"], [option("s", 30000, "standard")]), group("cam", ["l3"], [option("t", 25000, "standard")], "t")],
      "vi"
    )
    assert.deepEqual(page.groups.map((g) => [g.cooperativeName, g.lines.map((l) => l.id), plain(g.subtotalLabel), plain(g.shippingLabel), g.shippingFrom]), [
      ["HTX che", ["l1", "l2"], "225.000 ₫", "30.000 ₫", true],
      ["HTX cam", ["l3"], "200.000 ₫", "25.000 ₫", false],
    ])
    assert.equal(plain(page.subtotalLabel), "425.000 ₫")
    assert.equal(plain(page.shippingLabel), "55.000 ₫")
    assert.equal(plain(page.totalLabel), "480.000 ₫")
    assert.equal(page.estimated, true)
  })

  void it("keeps a line no cooperative claims, in a group of its own", () => {
    const cart = { id: "cart_1", currency_code: "vnd", items: [item("l1", 50000)] } as unknown as HttpTypes.StoreCart
    const page = toCartPageView(cart, [], "vi")
    assert.equal(page.groups.length, 1)
    assert.equal(page.groups[0]?.cooperativeName, null)
    assert.equal(page.shippingLabel, null)
  })
})
