import { UTF8_BOM } from "../../csv"
import { cooperativeSettlementCsv, settlementFileName, settlementReportCsv } from "../settlement-csv"

const amounts = { orders: 3, canceled_orders: 2, gross: 280000, card_owed: 120000, vietqr_received: 80000, cash_collected: 50000, unpaid: 30000, card_refund_due: 70000, cooperative_refund_due: 0 }
const dollars = { orders: 1, canceled_orders: 0, gross: 12.5, card_owed: 12.5, vietqr_received: 0, cash_collected: 0, unpaid: 0, card_refund_due: 0, cooperative_refund_due: 0 }

describe("the settlement report as CSV", () => {
  const csv = settlementReportCsv({
    cooperatives: [
      { cooperative: { id: "c1", handle: "htx-che", name: "HTX Chè Shan tuyết, Lũng Phìn" }, currency_code: "vnd", ...amounts },
      { cooperative: { id: "c2", handle: "htx-x", name: "=HYPERLINK(\"http://x\")" }, currency_code: "usd", ...dollars },
    ],
    totals: [
      { currency_code: "vnd", ...amounts },
      { currency_code: "usd", ...dollars },
    ],
  })

  it("starts with the UTF-8 mark so Excel shows Vietnamese, then a header, a line per cooperative and a total per currency", () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv.slice(1).split("\n")).toEqual([
      "line,cooperative,handle,currency,orders,canceled_orders,gross,card_owed,vietqr_received,cash_collected,unpaid,card_refund_due,cooperative_refund_due",
      'cooperative,"HTX Chè Shan tuyết, Lũng Phìn",htx-che,VND,3,2,280000,120000,80000,50000,30000,70000,0',
      `cooperative,"'=HYPERLINK(""http://x"")",htx-x,USD,1,0,12.50,12.50,0.00,0.00,0.00,0.00,0.00`,
      "total,,,VND,3,2,280000,120000,80000,50000,30000,70000,0",
      "total,,,USD,1,0,12.50,12.50,0.00,0.00,0.00,0.00,0.00",
      "",
    ])
  })
})

describe("a cooperative's orders as CSV", () => {
  it("lists each order with its times in Việt Nam and its amount in the currency's digits", () => {
    const csv = cooperativeSettlementCsv({
      orders: [
        { id: "order_1", display_id: 41, placed_at: "2026-03-31T16:30:00.000Z", payment_method: "card", state: "new", paid_at: new Date("2026-03-31T16:30:05Z"), settles_as: "card_owed", total: 12.5, currency_code: "usd" },
        { id: "order_2", display_id: 42, placed_at: new Date("2026-03-01T01:00:00Z"), payment_method: "cash_on_delivery", state: "canceled", paid_at: null, settles_as: "canceled", total: 125000, currency_code: "vnd" },
      ],
    })
    expect(csv.slice(1).split("\n")).toEqual([
      "order_number,order_id,placed_at,payment_method,state,paid_at,settles_as,amount,currency",
      "41,order_1,2026-03-31T23:30:00+07:00,card,new,2026-03-31T23:30:05+07:00,card_owed,12.50,USD",
      "42,order_2,2026-03-01T08:00:00+07:00,cash_on_delivery,canceled,,canceled,125000,VND",
      "",
    ])
  })

  it("names the file after the period and the cooperative", () => {
    expect(settlementFileName({ from: "2026-03-01", to: "2026-03-31" })).toBe("doi-soat-2026-03-01-2026-03-31.csv")
    expect(settlementFileName({ from: "2026-03-01", to: "2026-03-31" }, "htx-che")).toBe("doi-soat-htx-che-2026-03-01-2026-03-31.csv")
  })
})
