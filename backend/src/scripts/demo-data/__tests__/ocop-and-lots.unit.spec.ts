import { parseGtin } from "../../../lib/gs1/gtin"
import { lotCodeProblem } from "../../../lib/gs1/lot-code"
import { expiryDay } from "../../../modules/ocop/rules/certificate-terms"
import { productSet } from "../../../modules/ocop/rules/product-sets"
import { demoCooperatives } from "../cooperatives"
import { planOcopCertificates } from "../ocop-certificates"
import { addDays } from "../stable-hash"
import { planTraceLots } from "../trace-lots"

const TODAY = "2026-11-23"
const products = demoCooperatives.flatMap((c) => c.products.map((p) => ({ coop: c.handle, product: p })))

describe("demo OCOP certificates", () => {
  const plans = planOcopCertificates(demoCooperatives, TODAY)
  const verified = plans.filter((p) => p.status === "verified")

  it("certify most products, each certificate naming its own cooperative's products", () => {
    const certified = new Set(verified.flatMap((p) => p.product_handles))
    expect(certified.size / products.length).toBeGreaterThan(0.6)
    for (const plan of plans) {
      const own = new Set(demoCooperatives.find((c) => c.handle === plan.cooperative_handle)!.products.map((p) => p.handle))
      expect(plan.product_handles.every((h) => own.has(h))).toBe(true)
    }
  })

  it("are valid today, issued in the past, with real stars and product sets", () => {
    for (const plan of plans) {
      expect(plan.issued_on < TODAY).toBe(true)
      expect(expiryDay(plan.issued_on) > TODAY).toBe(true)
      expect([3, 4, 5]).toContain(plan.stars)
      expect(productSet(plan.product_set)).toBeDefined()
      if (plan.potential_five_star) expect(plan.stars).toBe(4)
    }
  })

  it("include every rank, a certificate expiring within 60 days and one waiting for an operator", () => {
    expect(new Set(verified.map((p) => p.stars))).toEqual(new Set([3, 4, 5]))
    expect(verified.some((p) => expiryDay(p.issued_on) <= addDays(TODAY, 60))).toBe(true)
    expect(plans.some((p) => p.status === "submitted")).toBe(true)
  })

  it("are the same on every run", () => {
    expect(planOcopCertificates(demoCooperatives, TODAY)).toEqual(plans)
  })
})

describe("demo lots", () => {
  const lots = planTraceLots(demoCooperatives, TODAY)

  it("give every product a lot with a valid GTIN of its own and a valid lot code", () => {
    expect(new Set(lots.map((l) => l.product_handle)).size).toBe(products.length)
    const gtinByProduct = new Map<string, string>()
    for (const lot of lots) {
      expect(parseGtin(lot.gtin)).toMatchObject({ ok: true })
      expect(lot.gtin.startsWith("893")).toBe(true)
      expect(lotCodeProblem(lot.lot_code)).toBeNull()
      gtinByProduct.set(lot.product_handle, lot.gtin)
    }
    expect(new Set(gtinByProduct.values()).size).toBe(gtinByProduct.size)
  })

  it("record 3–6 events each, in order, from the production day up to today", () => {
    for (const lot of lots) {
      expect(lot.events.length).toBeGreaterThanOrEqual(3)
      expect(lot.events.length).toBeLessThanOrEqual(6)
      const times = lot.events.map((e) => Date.parse(e.at))
      expect([...times].sort((a, b) => a - b)).toEqual(times)
      expect(lot.events[0]!.at.startsWith(lot.produced_on)).toBe(true)
      expect(times.every((t) => t < Date.parse(`${TODAY}T00:00:00+07:00`))).toBe(true)
      if (lot.expires_on) expect(lot.expires_on > lot.produced_on).toBe(true)
    }
  })

  it("never repeat a lot code for one GTIN", () => {
    const keys = lots.map((l) => `${l.gtin}/${l.lot_code}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
