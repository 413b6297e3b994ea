import { type SettlementOrder, settlesAs, summarizeSettlement } from "../settlement-summary"

const TEA = { id: "coop_tea", handle: "htx-che", name: "HTX Chè Shan tuyết" }
const ORANGE = { id: "coop_orange", handle: "htx-cam", name: "HTX Cam sành" }
const HONEY = { id: "coop_honey", handle: "htx-mat-ong", name: "HTX Mật ong" }

let n = 0
const order = (cooperative: SettlementOrder["cooperative"], total: number, payment_method: SettlementOrder["payment_method"], over: Partial<SettlementOrder> = {}): SettlementOrder => ({
  id: `order_${++n}`,
  display_id: n,
  placed_at: "2026-03-10T09:00:00+07:00",
  cooperative,
  currency_code: "vnd",
  total,
  payment_method,
  state: "delivered",
  paid_at: "2026-03-11T09:00:00+07:00",
  ...over,
})

describe("where an order's money stands", () => {
  it("is owed to the cooperative when paid by card, already with it when paid by VietQR or cash", () => {
    expect(settlesAs({ state: "new", paid_at: new Date(), payment_method: "card" })).toBe("card_owed")
    expect(settlesAs({ state: "shipped", paid_at: new Date(), payment_method: "vietqr" })).toBe("vietqr_received")
    expect(settlesAs({ state: "delivered", paid_at: new Date(), payment_method: "cash_on_delivery" })).toBe("cash_collected")
  })

  it("is unpaid until paid; canceled, it is only counted unless it had been paid, then it is the shopper's to get back", () => {
    expect(settlesAs({ state: "confirmed", paid_at: null, payment_method: "vietqr" })).toBe("unpaid")
    expect(settlesAs({ state: "canceled", paid_at: null, payment_method: "cash_on_delivery" })).toBe("canceled")
    expect(settlesAs({ state: "canceled", paid_at: new Date(), payment_method: "card" })).toBe("card_refund_due")
    expect(settlesAs({ state: "canceled", paid_at: new Date(), payment_method: "vietqr" })).toBe("cooperative_refund_due")
    expect(settlesAs({ state: "canceled", paid_at: new Date(), payment_method: "cash_on_delivery" })).toBe("cooperative_refund_due")
  })
})

describe("a settlement summary", () => {
  it("adds each cooperative's orders by how they were paid; the gross is the sum of the columns; canceled orders are counted, and the paid ones are refunds due", () => {
    const { lines } = summarizeSettlement([
      order(TEA, 120000, "card"),
      order(TEA, 80000, "vietqr"),
      order(TEA, 50000, "cash_on_delivery"),
      order(TEA, 30000, "cash_on_delivery", { paid_at: null, state: "shipped" }),
      order(TEA, 999000, "cash_on_delivery", { paid_at: null, state: "canceled" }),
      order(TEA, 70000, "card", { state: "canceled" }),
      order(TEA, 40000, "vietqr", { state: "canceled" }),
    ])
    expect(lines).toEqual([
      {
        cooperative: TEA,
        currency_code: "vnd",
        orders: 4,
        canceled_orders: 3,
        gross: 280000,
        card_owed: 120000,
        vietqr_received: 80000,
        cash_collected: 50000,
        unpaid: 30000,
        card_refund_due: 70000,
        cooperative_refund_due: 40000,
      },
    ])
  })

  it("never adds đồng and dollars: a cooperative selling in both has a line per currency, and totals are per currency", () => {
    const { lines, totals } = summarizeSettlement([
      order(TEA, 1250, "card", { currency_code: "usd" }),
      order(TEA, 899, "card", { currency_code: "USD" }),
      order(TEA, 200000, "card"),
      order(ORANGE, 150000, "vietqr"),
    ])
    expect(lines.map((l) => [l.cooperative.handle, l.currency_code, l.card_owed])).toEqual([
      ["htx-che", "vnd", 200000],
      ["htx-cam", "vnd", 0],
      ["htx-che", "usd", 2149],
    ])
    expect(totals.map((t) => [t.currency_code, t.orders, t.gross, t.card_owed])).toEqual([
      ["vnd", 2, 350000, 200000],
      ["usd", 2, 2149, 2149],
    ])
  })

  it("puts the largest amount owed first, and the totals are the sums of the lines", () => {
    const orders = [order(TEA, 50000, "card"), order(ORANGE, 300000, "card"), order(HONEY, 700000, "cash_on_delivery"), order(HONEY, 10000, "card", { state: "canceled" })]
    const { lines, totals } = summarizeSettlement(orders)
    expect(lines.map((l) => l.cooperative.handle)).toEqual(["htx-cam", "htx-che", "htx-mat-ong"])
    for (const key of ["orders", "canceled_orders", "gross", "card_owed", "vietqr_received", "cash_collected", "unpaid", "card_refund_due", "cooperative_refund_due"] as const) {
      expect(totals[0]![key]).toBe(lines.reduce((sum, l) => sum + l[key], 0))
    }
  })

  it("is empty for a period without orders", () => {
    expect(summarizeSettlement([])).toEqual({ lines: [], totals: [] })
  })
})
