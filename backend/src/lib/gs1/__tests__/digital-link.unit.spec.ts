import { DigitalLink, Utils } from "digital-link.js"
import { digitalLinkFor, encodeSegment, parseDigitalLink, toYymmdd } from "../digital-link"
import { CSET_82 } from "../lot-code"

const BASE = "https://htx.example.vn"

describe("GS1 Digital Link", () => {
  it("builds a lot's URI with the GTIN-14 and an optional expiry, valid for the GS1 grammar", () => {
    const uri = digitalLinkFor({ base: `${BASE}/`, gtin: "8931234567897", lot: "LP-2025-06", expiresOn: "2026-12-31" })
    expect(uri).toBe(`${BASE}/01/08931234567897/10/LP-2025-06?17=261231`)
    expect(DigitalLink(uri).isValid()).toBe(true)
    expect(digitalLinkFor({ base: BASE, gtin: "96385074", lot: "A1" })).toBe(`${BASE}/01/00000096385074/10/A1`)
  })

  it("percent-encodes every character-set-82 symbol so the lot stays one path segment the grammar accepts", () => {
    const lot = `A!"%&'()*+,-./:;<=>?_z`.slice(0, 20)
    const uri = digitalLinkFor({ base: BASE, gtin: "09521234543213", lot })
    expect(uri).not.toContain("/10/A!")
    expect(uri.split("/")).toHaveLength(7)
    for (const c of CSET_82.replace(/"/g, "")) expect(Utils.testRule(Utils.Rules.lot, encodeSegment(`A${c}`))).toBe(true)
    expect(parseDigitalLink(uri)).toEqual({ ok: true, value: { gtin14: "09521234543213", lot } })
  })

  it.each(["LÔ 01/2025", "Lô hàng số 7", "A B/C?D#E", "100%"])("round-trips the lot %p through the URI as ASCII", (lot) => {
    const uri = digitalLinkFor({ base: BASE, gtin: "8931234567897", lot })
    expect(uri).toMatch(/^[\x21-\x7e]+$/)
    expect(new URL(uri).pathname.split("/")).toHaveLength(5)
    expect(parseDigitalLink(uri)).toEqual({ ok: true, value: { gtin14: "08931234567897", lot } })
  })

  it("parses the GS1 example with its serial, and paths with a prefix, a version and query attributes", () => {
    expect(parseDigitalLink("https://id.gs1.org/01/09521234543213/10/ABC123/21/12345")).toEqual({
      ok: true,
      value: { gtin14: "09521234543213", lot: "ABC123", serial: "12345" },
    })
    expect(parseDigitalLink("/vi/01/9521234543213/22/2A/10/L%2F1?17=261231&linkType=all")).toEqual({
      ok: true,
      value: { gtin14: "09521234543213", cpv: "2A", lot: "L/1" },
    })
    expect(parseDigitalLink("/01/96385074")).toEqual({ ok: true, value: { gtin14: "00000096385074" } })
  })

  it.each([
    ["/products/cam-sanh", /has \/01\/ followed by the GTIN/],
    ["/01/09521234543214/10/A", /wrong check digit: the last digit should be 3, not 4/],
    ["/01/952123454321/10/A", /wrong check digit/],
    ["/01/09521234543213/21/5/10/A", /GS1 order/],
    ["/01/09521234543213/10/A/10/B", /GS1 order/],
    ["/01/09521234543213/17/261231", /not a key qualifier/],
    ["/01/09521234543213/10/%E0%A4%A", /not correctly percent-encoded/],
  ])("refuses %p", (path, reason) => {
    const parsed = parseDigitalLink(path)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? "" : parsed.reason).toMatch(reason)
  })

  it("writes expiry days as YYMMDD", () => {
    expect(toYymmdd("2027-01-05")).toBe("270105")
    expect(() => toYymmdd("05/01/2027")).toThrow(/not a date/)
  })
})
