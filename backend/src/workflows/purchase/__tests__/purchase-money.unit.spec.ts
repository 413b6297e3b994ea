import { decorateCartTotals, MathBN } from "@medusajs/framework/utils"
import fc from "fast-check"
import { captureTransactions } from "../capture-transactions"
import { toOrderInputs } from "../order-input"
import type { CooperativeShare, PurchaseCart, PurchaseCartItem } from "../purchase-cart"
import { splitCartByCooperative } from "../split-cart"

// Prices as the regions hold them: whole đồng, or US dollars with cents (stored in the main unit, as Medusa does).
const currencies = {
  vnd: fc.integer({ min: 1_000, max: 50_000_000 }),
  usd: fc.integer({ min: 1, max: 500_000 }).map((cents) => cents / 100),
}

const cartOf = (currency: "vnd" | "usd") =>
  fc
    .record({
      lines: fc.array(
        fc.record({ coop: fc.integer({ min: 0, max: 4 }), price: currencies[currency], quantity: fc.integer({ min: 1, max: 999 }), discount: fc.nat({ max: 30 }), tax: fc.constantFrom(0, 5, 8, 10) }),
        { minLength: 1, maxLength: 12 }
      ),
      shipping: fc.array(currencies[currency], { minLength: 5, maxLength: 5 }),
    })
    .map(({ lines, shipping }) => {
      const items: PurchaseCartItem[] = lines.map((l, i) => ({
        id: `li_${i}`,
        title: `Sản phẩm ${i}`,
        quantity: l.quantity,
        unit_price: l.price,
        product_id: `prod_${i}`,
        variant_id: `variant_${i}`,
        requires_shipping: true,
        // A promotion takes a share of the line, never more than the line.
        adjustments: l.discount ? [{ code: "KHUYENMAI", amount: MathBN.div(MathBN.mult(MathBN.mult(l.price, l.quantity), l.discount), 100) }] : [],
        tax_lines: l.tax ? [{ code: "VAT", rate: l.tax }] : [],
        variant: {
          id: `variant_${i}`,
          manage_inventory: false,
          allow_backorder: false,
          product: { id: `prod_${i}`, shipping_profile: { id: `sp_${l.coop}` } },
          inventory_items: [],
        },
      }))
      const used = [...new Set(lines.map((l) => l.coop))]
      const cart = {
        id: "cart_1",
        email: "nguoimua@thunghiem.test",
        currency_code: currency,
        items,
        shipping_methods: used.map((c) => ({ id: `sm_${c}`, name: "Giao hàng tiêu chuẩn", amount: shipping[c]!, shipping_option_id: `so_${c}`, tax_lines: [], adjustments: [] })),
      } as unknown as PurchaseCart
      const products = lines.map((l, i) => ({ id: `prod_${i}`, cooperative: { id: `coop_${l.coop}`, handle: `htx-${l.coop}`, name: `HTX ${l.coop}`, status: "approved", stock_location: { id: `sloc_${l.coop}` } } }))
      const options = used.map((c) => ({ id: `so_${c}`, shipping_profile_id: `sp_${c}` }))
      return { cart, shares: splitCartByCooperative(cart, products, options) as CooperativeShare[] }
    })

const totalOf = (like: Parameters<typeof decorateCartTotals>[0]) => MathBN.convert(decorateCartTotals(like).total)

describe("a purchase's money", () => {
  for (const currency of ["vnd", "usd"] as const) {
    it(`in ${currency.toUpperCase()}: the cooperative orders add up exactly to the cart, line for line, with nothing lost or counted twice`, () => {
      fc.assert(
        fc.property(cartOf(currency), ({ cart, shares }) => {
          const orders = toOrderInputs(cart, shares)
          const sum = orders.reduce((acc, o) => acc.plus(totalOf({ items: o.items as never, shipping_methods: o.shipping_methods as never })), MathBN.convert(0))
          expect(sum.toString()).toBe(totalOf(cart as never).toString())
          expect(orders.flatMap((o) => o.items ?? []).length).toBe(cart.items!.length)
          expect(orders.every((o) => o.currency_code === currency)).toBe(true)
        }),
        { numRuns: 300 }
      )
    })
  }

  it("a payment spread over the orders: no order gets more than its total, nothing negative, and the parts add up to what was taken", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100_000_000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 200_000_000 }), { minLength: 0, maxLength: 3 }),
        fc.boolean(),
        (totals, captures, cents) => {
          const money = (n: number) => (cents ? n / 100 : n)
          const orders = totals.map((t, i) => ({ id: `order_${i}`, total: money(t) }))
          const transactions = captureTransactions({ currency_code: cents ? "usd" : "vnd", captures: captures.map((c, i) => ({ id: `capt_${i}`, amount: money(c) })) }, orders)
          const byOrder = new Map<string, ReturnType<typeof MathBN.convert>>()
          for (const t of transactions) {
            expect(MathBN.gt(t.amount, 0)).toBe(true)
            byOrder.set(t.order_id, (byOrder.get(t.order_id) ?? MathBN.convert(0)).plus(MathBN.convert(t.amount)))
          }
          for (const o of orders) expect(MathBN.lte(byOrder.get(o.id) ?? 0, o.total)).toBe(true)
          const taken = captures.reduce((a, c) => a.plus(money(c)), MathBN.convert(0))
          const owed = orders.reduce((a, o) => a.plus(o.total), MathBN.convert(0))
          const spread = transactions.reduce((a, t) => a.plus(MathBN.convert(t.amount)), MathBN.convert(0))
          expect(spread.toString()).toBe(MathBN.min(taken, owed).toString())
        }
      ),
      { numRuns: 500 }
    )
  })
})
