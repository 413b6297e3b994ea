import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { demoCooperatives } from "../../src/scripts/demo-data/cooperatives"
import { vietnamDay } from "../../src/modules/ocop/rules/vietnam-day"
import { failed } from "./fixtures/http"
import { chooseShipping, createCheckoutCart, createOperator, createProductsFor, OPERATOR, seedMarketplace, startPayment, US_ADDRESS, variantIdsBySku } from "./fixtures/marketplace"
import { allowPlacingWithoutCardAbroad, markPaidByCard, setPlacedAt } from "./fixtures/settlements"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(300 * 1000)

const VIETQR = "pp_vietqr_vietqr"
const COD = "pp_system_default"
const MARCH = "from=2026-03-01&to=2026-03-31"

type Line = {
  cooperative: { id: string; handle: string; name: string }
  currency_code: string
  orders: number
  canceled_orders: number
  gross: number
  card_owed: number
  vietqr_received: number
  cash_collected: number
  unpaid: number
  card_refund_due: number
  cooperative_refund_due: number
}
type Totals = Omit<Line, "cooperative">
type PlacedOrder = { id: string; display_id: number; total: number; cooperative: { handle: string } }

const AMOUNTS = ["orders", "canceled_orders", "gross", "card_owed", "vietqr_received", "cash_collected", "unpaid", "card_refund_due", "cooperative_refund_due"] as const
const empty = () => ({ orders: 0, canceled_orders: 0, gross: 0, card_owed: 0, vietqr_received: 0, cash_collected: 0, unpaid: 0, card_refund_due: 0, cooperative_refund_due: 0 })

// The test runner restores the database to its state after beforeAll before each test: every order is placed there.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Record<string, string>
    let admin: { headers: Record<string, string> }
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let honey: SellerCooperative
    let wine: SellerCooperative
    let lines: Record<"honey" | "wine", { variant_id: string; quantity: number }>
    // What each cooperative's orders in March add up to, written down as the orders are placed (đồng, and dollars).
    const expected = { honey: empty(), wine: empty(), honeyUsd: empty() }
    const honeyMarchOrders: { display_id: number; settles_as: string; total: number }[] = []
    const boundary = { lastEvening: 0, nextMidnight: 0, dayBefore: 0, today: 0 }

    const ordersOf = async (purchaseId: string) => (await api.get(`/store/purchases/${purchaseId}`, { headers: storeHeaders })).data.purchase.orders as PlacedOrder[]

    /** Places a Việt Nam purchase with these cooperatives' lines, paid with this provider; returns its orders by cooperative. */
    const buy = async (providerId: string, who: ("honey" | "wine")[]) => {
      const cartId = await createCheckoutCart(api, storeHeaders, market.setup.regions.vn, who.map((w) => lines[w]))
      for (const w of who) await chooseShipping(api, storeHeaders, cartId, (w === "honey" ? honey : wine).cooperative.id, "standard")
      await startPayment(api, storeHeaders, cartId, providerId)
      const { data } = await api.post("/store/purchases", { cart_id: cartId }, { headers: storeHeaders })
      const orders = await ordersOf(data.purchase.id)
      const of = (w: "honey" | "wine") => orders.find((o) => o.cooperative.handle === (w === "honey" ? honey : wine).cooperative.handle)!
      return { honey: of("honey"), wine: of("wine") }
    }

    /** Places a purchase from abroad (US dollars) of the honey cooperative's line, shipped internationally. */
    const buyFromAbroad = async () => {
      const cartId = await createCheckoutCart(api, storeHeaders, market.setup.regions.intl, [lines.honey], US_ADDRESS)
      await chooseShipping(api, storeHeaders, cartId, honey.cooperative.id, "international")
      await startPayment(api, storeHeaders, cartId, COD)
      const placed = await api.post("/store/purchases", { cart_id: cartId }, { headers: storeHeaders })
      return (await ordersOf(placed.data.purchase.id))[0]!
    }

    const placedAt = (orders: PlacedOrder[], at: string) => setPlacedAt(getContainer(), orders.map((o) => o.id), at)
    const paidByCard = (orders: PlacedOrder[]) => markPaidByCard(getContainer(), orders.map((o) => o.id))

    const count = (into: ReturnType<typeof empty>, total: number, column: "card_owed" | "vietqr_received" | "cash_collected" | "unpaid") => {
      into.orders++
      into.gross += total
      into[column] += total
    }

    beforeAll(async () => {
      const container = getContainer()
      market = await seedMarketplace(container)
      await allowPlacingWithoutCardAbroad(container, market.setup.regions.intl)
      storeHeaders = { "x-publishable-api-key": market.publishableKey }
      await createOperator(container)
      admin = { headers: { authorization: `Bearer ${(await api.post("/auth/user/emailpass", OPERATOR)).data.token}` } }
      honey = await createSellerCooperative(api, container, 61)
      wine = await createSellerCooperative(api, container, 62)
      const honeySeeds = await createProductsFor(container, market, honey.cooperative.id, demoCooperatives[3].products.slice(0, 1), "mat")
      const wineSeeds = await createProductsFor(container, market, wine.cooperative.id, demoCooperatives[4].products.slice(0, 1), "ruou")
      const variants = await variantIdsBySku(api, storeHeaders)
      lines = {
        honey: { variant_id: variants.get(honeySeeds[0].product.variants[0].sku)!, quantity: 2 },
        wine: { variant_id: variants.get(wineSeeds[0].product.variants[0].sku)!, quantity: 1 },
      }
      await api.post("/cooperative/profile", { bank_bin: "970436", bank_account_number: "0071000654321", bank_account_holder: "HTX MAT ONG" }, honey.headers)
      await api.post("/cooperative/profile", { bank_bin: "970415", bank_account_number: "102870001234", bank_account_holder: "HTX RUOU NGO" }, wine.headers)

      // Cash on delivery: the honey cooperative has collected its cash, the wine cooperative not yet.
      const cash = await buy(COD, ["honey", "wine"])
      await api.post(`/cooperative/orders/${cash.honey.id}/payment`, {}, honey.headers)
      count(expected.honey, cash.honey.total, "cash_collected")
      count(expected.wine, cash.wine.total, "unpaid")
      honeyMarchOrders.push({ display_id: cash.honey.display_id, settles_as: "cash_collected", total: cash.honey.total })
      await placedAt([cash.honey, cash.wine], "2026-03-05T09:15:00+07:00")

      // VietQR: both transfers reached the cooperatives' banks.
      const transfer = await buy(VIETQR, ["honey", "wine"])
      await api.post(`/cooperative/orders/${transfer.honey.id}/payment`, {}, honey.headers)
      await api.post(`/cooperative/orders/${transfer.wine.id}/payment`, {}, wine.headers)
      count(expected.honey, transfer.honey.total, "vietqr_received")
      count(expected.wine, transfer.wine.total, "vietqr_received")
      honeyMarchOrders.push({ display_id: transfer.honey.display_id, settles_as: "vietqr_received", total: transfer.honey.total })
      await placedAt([transfer.honey, transfer.wine], "2026-03-10T14:00:00+07:00")

      // Card: the marketplace's Stripe account holds the money, owed to both cooperatives.
      const card = await buy(COD, ["honey", "wine"])
      await paidByCard([card.honey, card.wine])
      count(expected.honey, card.honey.total, "card_owed")
      count(expected.wine, card.wine.total, "card_owed")
      honeyMarchOrders.push({ display_id: card.honey.display_id, settles_as: "card_owed", total: card.honey.total })
      await placedAt([card.honey, card.wine], "2026-03-15T20:45:00+07:00")

      // Canceled by the wine cooperative: counted apart, never in the amounts. The honey order still awaits its cash.
      const canceled = await buy(COD, ["honey", "wine"])
      await api.post(`/cooperative/orders/${canceled.wine.id}/cancel`, { reason: "Hết hàng trong kho" }, wine.headers)
      expected.wine.canceled_orders++
      count(expected.honey, canceled.honey.total, "unpaid")
      honeyMarchOrders.push({ display_id: canceled.honey.display_id, settles_as: "unpaid", total: canceled.honey.total })
      await placedAt([canceled.honey, canceled.wine], "2026-03-20T08:00:00+07:00")

      // Paid, then canceled: the shopper's money must go back, by the marketplace for the wine paid by card, by the honey
      // cooperative for the transfer it received. Neither is in the gross.
      const refunded = await buy(COD, ["wine"])
      await paidByCard([refunded.wine])
      await api.post(`/cooperative/orders/${refunded.wine.id}/cancel`, { reason: "Hàng vỡ khi đóng gói" }, wine.headers)
      expected.wine.canceled_orders++
      expected.wine.card_refund_due += refunded.wine.total
      const returned = await buy(VIETQR, ["honey"])
      await api.post(`/cooperative/orders/${returned.honey.id}/payment`, {}, honey.headers)
      await api.post(`/cooperative/orders/${returned.honey.id}/cancel`, { reason: "Người mua đổi ý" }, honey.headers)
      expected.honey.canceled_orders++
      expected.honey.cooperative_refund_due += returned.honey.total
      honeyMarchOrders.push({ display_id: returned.honey.display_id, settles_as: "cooperative_refund_due", total: returned.honey.total })
      await placedAt([refunded.wine, returned.honey], "2026-03-22T10:00:00+07:00")

      // From abroad, in dollars, by card.
      const abroad = await buyFromAbroad()
      await paidByCard([abroad])
      count(expected.honeyUsd, abroad.total, "card_owed")
      honeyMarchOrders.push({ display_id: abroad.display_id, settles_as: "card_owed", total: abroad.total })
      await placedAt([abroad], "2026-03-25T11:00:00+07:00")

      // The month's edges in Việt Nam time: 23:30 on its last day is in; midnight after it, and the last second before it, are out.
      const lastEvening = (await buy(COD, ["honey"])).honey
      count(expected.honey, lastEvening.total, "unpaid")
      honeyMarchOrders.push({ display_id: lastEvening.display_id, settles_as: "unpaid", total: lastEvening.total })
      await placedAt([lastEvening], "2026-03-31T23:30:00+07:00")
      const nextMidnight = (await buy(COD, ["honey"])).honey
      await placedAt([nextMidnight], "2026-04-01T00:00:00+07:00")
      const dayBefore = (await buy(COD, ["honey"])).honey
      await placedAt([dayBefore], "2026-02-28T23:59:59+07:00")
      // Placed now: the default period (this month so far) holds it.
      const today = (await buy(COD, ["honey"])).honey
      Object.assign(boundary, { lastEvening: lastEvening.display_id, nextMidnight: nextMidnight.display_id, dayBefore: dayBefore.display_id, today: today.display_id })
    })

    const report = async (query = MARCH) => (await api.get(`/admin/settlements?${query}`, admin)).data.report as { period: { from: string; to: string }; cooperatives: Line[]; totals: Totals[] }
    const lineOf = (lines: Line[], who: SellerCooperative, currency = "vnd") => lines.find((l) => l.cooperative.id === who.cooperative.id && l.currency_code === currency)

    describe("GET /admin/settlements", () => {
      it("is for operators only: no token and a cooperative's token are refused", async () => {
        expect((await api.get(`/admin/settlements?${MARCH}`).catch(failed)).status).toBe(401)
        expect((await api.get(`/admin/settlements?${MARCH}`, honey.headers).catch(failed)).status).toBe(401)
        expect((await api.get(`/admin/settlements/${honey.cooperative.id}?${MARCH}`, honey.headers).catch(failed)).status).toBe(401)
        expect((await api.get(`/admin/settlements?${MARCH}&format=csv`).catch(failed)).status).toBe(401)
      })

      it("gives each cooperative its orders of the period split by who holds the money, in its currency, with totals that are the sums", async () => {
        const r = await report()
        expect(r.period).toEqual({ from: "2026-03-01", to: "2026-03-31", time_zone: "Asia/Ho_Chi_Minh" })
        expect(lineOf(r.cooperatives, honey)).toEqual({ cooperative: { id: honey.cooperative.id, handle: honey.cooperative.handle, name: "Hợp tác xã Thử nghiệm 61" }, currency_code: "vnd", ...expected.honey })
        expect(lineOf(r.cooperatives, wine)).toEqual({ cooperative: expect.objectContaining({ id: wine.cooperative.id }), currency_code: "vnd", ...expected.wine })
        // The dollars of the order from abroad are a line of their own, never added to đồng.
        expect(lineOf(r.cooperatives, honey, "usd")).toEqual({ cooperative: expect.objectContaining({ id: honey.cooperative.id }), currency_code: "usd", ...expected.honeyUsd })
        expect(expected.honeyUsd.card_owed).toBeGreaterThan(0)
        expect(r.cooperatives).toHaveLength(3)

        // The canceled wine orders are counted, not added; the one paid by card is the marketplace's to refund.
        expect(expected.wine.canceled_orders).toBe(2)
        expect(lineOf(r.cooperatives, wine)!.gross).toBe(expected.wine.card_owed + expected.wine.vietqr_received + expected.wine.unpaid)
        expect(lineOf(r.cooperatives, wine)!.card_refund_due).toBeGreaterThan(0)
        expect(lineOf(r.cooperatives, honey)!.cooperative_refund_due).toBeGreaterThan(0)

        for (const currency of ["vnd", "usd"]) {
          const total = r.totals.find((t) => t.currency_code === currency)!
          const ofCurrency = r.cooperatives.filter((l) => l.currency_code === currency)
          for (const key of AMOUNTS) expect({ currency, key, total: total[key] }).toEqual({ currency, key, total: ofCurrency.reduce((sum, l) => sum + l[key], 0) })
        }
        expect(r.totals.map((t) => t.currency_code)).toEqual(["vnd", "usd"])
      })

      it("puts the cooperative owed the most first", async () => {
        const vnd = (await report()).cooperatives.filter((l) => l.currency_code === "vnd")
        const owed = vnd.map((l) => l.card_owed)
        expect(owed).toEqual([...owed].sort((a, b) => b - a))
        expect(vnd[0]!.card_owed).toBe(Math.max(expected.honey.card_owed, expected.wine.card_owed))
      })

      it("counts days in Việt Nam: an order at 23:30 on the last day is in, one at midnight after it or a second before the first day is not", async () => {
        const lastDay = await report("from=2026-03-31&to=2026-03-31")
        expect(lineOf(lastDay.cooperatives, honey)).toMatchObject({ orders: 1, unpaid: honeyMarchOrders.find((o) => o.display_id === boundary.lastEvening)!.total })
        const nextDay = await report("from=2026-04-01&to=2026-04-01")
        expect(lineOf(nextDay.cooperatives, honey)).toMatchObject({ orders: 1 })
        const dayBefore = await report("from=2026-02-28&to=2026-02-28")
        expect(lineOf(dayBefore.cooperatives, honey)).toMatchObject({ orders: 1 })
        const april = await api.get(`/admin/settlements/${honey.cooperative.id}?from=2026-04-01&to=2026-04-01`, admin)
        expect(april.data.settlement.orders.map((o: { display_id: number }) => o.display_id)).toEqual([boundary.nextMidnight])
      })

      it("is the current month so far when no period is given", async () => {
        const today = vietnamDay()
        const r = await report("")
        expect(r.period).toMatchObject({ from: `${today.slice(0, 7)}-01`, to: today })
        expect(lineOf(r.cooperatives, honey)).toMatchObject({ orders: 1, unpaid: expect.any(Number) })
        expect(lineOf(r.cooperatives, wine)).toBeUndefined()
      })

      it("downloads as CSV for Excel: UTF-8 with its mark, a line per cooperative and currency, a total per currency", async () => {
        const r = await report()
        const res = await api.get(`/admin/settlements?${MARCH}&format=csv`, { ...admin, responseType: "arraybuffer" })
        expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
        expect(res.headers["content-disposition"]).toBe('attachment; filename="doi-soat-2026-03-01-2026-03-31.csv"')
        const bytes = Buffer.from(res.data)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const rows = bytes.toString("utf8").slice(1).trimEnd().split("\n")
        expect(rows[0]).toBe("line,cooperative,handle,currency,orders,canceled_orders,gross,card_owed,vietqr_received,cash_collected,unpaid,card_refund_due,cooperative_refund_due")
        const h = expected.honey
        expect(rows).toContain(`cooperative,Hợp tác xã Thử nghiệm 61,${honey.cooperative.handle},VND,${h.orders},1,${h.gross},${h.card_owed},${h.vietqr_received},${h.cash_collected},${h.unpaid},0,${h.cooperative_refund_due}`)
        const usd = expected.honeyUsd
        expect(rows).toContain(`cooperative,Hợp tác xã Thử nghiệm 61,${honey.cooperative.handle},USD,1,0,${usd.gross.toFixed(2)},${usd.card_owed.toFixed(2)},0.00,0.00,0.00,0.00,0.00`)
        const vndTotal = r.totals.find((t) => t.currency_code === "vnd")!
        expect(rows).toContain(
          `total,,,VND,${vndTotal.orders},3,${vndTotal.gross},${vndTotal.card_owed},${vndTotal.vietqr_received},${vndTotal.cash_collected},${vndTotal.unpaid},${vndTotal.card_refund_due},${vndTotal.cooperative_refund_due}`
        )
        expect(rows).toHaveLength(1 + 3 + 2)
      })

      it("refuses a wrong period with a 400 that says what to change", async () => {
        const refused = async (query: string) => {
          const res = await api.get(`/admin/settlements?${query}`, admin).catch(failed)
          expect({ query, status: res.status }).toEqual({ query, status: 400 })
          return res.data.message ?? ""
        }
        expect(await refused("from=2026-03-31&to=2026-03-01")).toMatch(/from \(2026-03-31\) is after to \(2026-03-01\)/)
        expect(await refused("from=2026-02-30&to=2026-03-01")).toMatch(/from \(2026-02-30\) is not a day of the calendar/)
        expect(await refused("from=01/03/2026")).toMatch(/from must be a day written YYYY-MM-DD/)
        expect(await refused("from=2025-01-01&to=2026-01-02")).toMatch(/covers 367 days; ask for at most 366 days/)
        expect(await refused(`${MARCH}&format=xlsx`)).toMatch(/format/)
        expect(await refused(`${MARCH}&cooperative=htx`)).toMatch(/cooperative/)
        expect((await api.get(`/admin/settlements/${honey.cooperative.id}?from=2026-03-31&to=2026-03-01`, admin).catch(failed)).status).toBe(400)
        // A whole leap year is allowed.
        expect((await api.get("/admin/settlements?from=2024-01-01&to=2024-12-31", admin)).status).toBe(200)
      })
    })

    describe("GET /admin/settlements/:cooperative_id", () => {
      it("lists the cooperative's orders of the period, oldest first, each with where its money stands, adding up to its lines", async () => {
        const res = await api.get(`/admin/settlements/${honey.cooperative.id}?${MARCH}`, admin)
        const s = res.data.settlement
        expect(s.cooperative).toEqual({ id: honey.cooperative.id, handle: honey.cooperative.handle, name: "Hợp tác xã Thử nghiệm 61" })
        expect(s.orders.map((o: { display_id: number; settles_as: string; total: number }) => ({ display_id: o.display_id, settles_as: o.settles_as, total: o.total }))).toEqual(honeyMarchOrders)
        expect(s.orders[0]).toMatchObject({ payment_method: "cash_on_delivery", state: "new", paid_at: expect.any(String), currency_code: "vnd", placed_at: "2026-03-05T02:15:00.000Z" })
        expect(s.orders.map((o: { display_id: number }) => o.display_id)).not.toContain(boundary.nextMidnight)
        expect(s.orders.map((o: { display_id: number }) => o.display_id)).not.toContain(boundary.dayBefore)
        const all = await report()
        const withoutCooperative = (line: Line | undefined) => {
          const { cooperative: _cooperative, ...rest } = line!
          return rest
        }
        expect(s.summary).toEqual([withoutCooperative(lineOf(all.cooperatives, honey)), withoutCooperative(lineOf(all.cooperatives, honey, "usd"))])
      })

      it("downloads them as CSV, with times in Việt Nam", async () => {
        const res = await api.get(`/admin/settlements/${wine.cooperative.id}?${MARCH}&format=csv`, { ...admin, responseType: "arraybuffer" })
        expect(res.headers["content-disposition"]).toBe(`attachment; filename="doi-soat-${wine.cooperative.handle}-2026-03-01-2026-03-31.csv"`)
        const rows = Buffer.from(res.data).toString("utf8").slice(1).trimEnd().split("\n")
        expect(rows[0]).toBe("order_number,order_id,placed_at,payment_method,state,paid_at,settles_as,amount,currency")
        expect(rows.slice(1).map((r) => r.split(",").slice(2, 7).join(",").replace(/,2026-[^,]+\+07:00/, ",<paid>"))).toEqual([
          "2026-03-05T09:15:00+07:00,cash_on_delivery,new,,unpaid",
          "2026-03-10T14:00:00+07:00,vietqr,new,<paid>,vietqr_received",
          "2026-03-15T20:45:00+07:00,card,new,<paid>,card_owed",
          "2026-03-20T08:00:00+07:00,cash_on_delivery,canceled,,canceled",
          "2026-03-22T10:00:00+07:00,card,canceled,<paid>,card_refund_due",
        ])
      })

      it("is 404 for a cooperative that does not exist, and empty for one without orders in the period", async () => {
        expect((await api.get(`/admin/settlements/coop_khong_co?${MARCH}`, admin).catch(failed)).status).toBe(404)
        const quiet = await api.get(`/admin/settlements/${wine.cooperative.id}?from=2026-01-01&to=2026-01-31`, admin)
        expect(quiet.data.settlement).toMatchObject({ summary: [], orders: [] })
      })
    })
  },
})
