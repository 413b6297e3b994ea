import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { digitalLinkPath, lotFromRouteParam, lotPath, matchDigitalLinkPathname, pagePath, parseDigitalLinkSegments } from "../digital-link"
import { gtinCheckDigit, normalizeGtin } from "../gtin"
import { decodeDigitalLinkValue, encodeDigitalLinkValue, lotProblem } from "../lot-code"
import { prefersLinkedData } from "../negotiation"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const segments = (path: string) => path.split("/").slice(2)

void describe("GTIN", () => {
  void it("computes the mod-10 check digit of GS1's own examples", () => {
    assert.equal(gtinCheckDigit("629104150021"), 3)
    assert.equal(gtinCheckDigit("0952123454321"), 3)
    assert.equal(gtinCheckDigit("893604500100"), 4)
  })

  void it("pads GTIN-8, -12 and -13 to the 14 digits they are stored as", () => {
    assert.deepEqual(normalizeGtin("9521234543213"), { gtin: "09521234543213" })
    assert.deepEqual(normalizeGtin("6291041500213"), { gtin: "06291041500213" })
    assert.deepEqual(normalizeGtin("036000291452"), { gtin: "00036000291452" })
    assert.deepEqual(normalizeGtin("96385074"), { gtin: "00000096385074" })
    assert.deepEqual(normalizeGtin("09521234543213"), { gtin: "09521234543213" })
  })

  void it("names what is wrong with a GTIN that is not one", () => {
    assert.deepEqual(normalizeGtin("9521234543214"), { problem: "gtin_check_digit" })
    assert.deepEqual(normalizeGtin("952123454321"), { problem: "gtin_check_digit" })
    assert.deepEqual(normalizeGtin("95212345432"), { problem: "gtin_length" })
    assert.deepEqual(normalizeGtin("095212345432130"), { problem: "gtin_length" })
    assert.deepEqual(normalizeGtin("95212345A3213"), { problem: "gtin_digits" })
    assert.deepEqual(normalizeGtin(""), { problem: "gtin_digits" })
  })
})

void describe("lot codes", () => {
  void it("accepts 1–20 characters of GS1 set 82 and refuses the rest", () => {
    assert.equal(lotProblem("CAM-2025/11.A"), null)
    assert.equal(lotProblem(`!"%&'()*+,-./:;<=>?_`), null)
    assert.equal(lotProblem(""), "lot_length")
    assert.equal(lotProblem("A".repeat(21)), "lot_length")
    assert.equal(lotProblem("LÔ-1"), "lot_characters")
    assert.equal(lotProblem("A B"), "lot_characters")
    assert.equal(lotProblem("A#1"), "lot_characters")
    assert.equal(lotProblem(".."), "lot_characters")
  })

  void it("percent-encodes every sign but - . _ so one lot has one URL, and decodes it back", () => {
    assert.equal(encodeDigitalLinkValue("AB.12-x_y"), "AB.12-x_y")
    assert.equal(encodeDigitalLinkValue("A/B%C'(1)*!"), "A%2FB%25C%27%281%29%2A%21")
    const every = `!"%&'()*+,-./:;<=>?_`
    assert.equal(decodeDigitalLinkValue(encodeDigitalLinkValue(every)), every)
    assert.equal(decodeDigitalLinkValue("A%2"), null)
  })
})

void describe("parseDigitalLinkSegments", () => {
  void it("reads a GTIN-14 and a percent-encoded lot", () => {
    const parsed = parseDigitalLinkSegments(segments("/01/09521234543213/10/A%2FB%25C"))
    assert.deepEqual(parsed, { ok: true, gtinPadded: false, link: { gtin: "09521234543213", cpv: null, lot: "A/B%C", serial: null } })
  })

  void it("marks a GTIN-13 for the 308 to its 14-digit path, keeping the lot and serial", () => {
    const parsed = parseDigitalLinkSegments(segments("/01/9521234543213/10/ABC123/21/12345"))
    assert.equal(parsed.ok && parsed.gtinPadded, true)
    assert.ok(parsed.ok)
    assert.equal(digitalLinkPath(parsed.link), "/01/09521234543213/10/ABC123/21/12345")
    assert.equal(pagePath(parsed.link), "/01/09521234543213/10/ABC123")
  })

  void it("accepts a variant before the lot and a serial after it, in GS1's order only", () => {
    const parsed = parseDigitalLinkSegments(segments("/01/09521234543213/22/V1/10/L.1/21/S9"))
    assert.deepEqual(parsed.ok && parsed.link, { gtin: "09521234543213", cpv: "V1", lot: "L.1", serial: "S9" })
    assert.deepEqual(parseDigitalLinkSegments(segments("/01/09521234543213/10/L1/22/V1")), { ok: false, problem: "path" })
    assert.deepEqual(parseDigitalLinkSegments(segments("/01/09521234543213/10/L1/10/L2")), { ok: false, problem: "path" })
  })

  void it("shows a trade item when there is no lot", () => {
    const parsed = parseDigitalLinkSegments(segments("/01/09521234543213/21/S9"))
    assert.ok(parsed.ok)
    assert.equal(pagePath(parsed.link), "/01/09521234543213")
  })

  void it("gives the 400 reason of each malformed link", () => {
    const problem = (path: string) => {
      const parsed = parseDigitalLinkSegments(segments(path))
      return parsed.ok ? null : parsed.problem
    }
    assert.equal(problem("/01/09521234543214/10/A"), "gtin_check_digit")
    assert.equal(problem("/01/1234/10/A"), "gtin_length")
    assert.equal(problem("/01/abc"), "gtin_digits")
    assert.equal(problem("/01/09521234543213/10/A%ZZ"), "lot_encoding")
    assert.equal(problem("/01/09521234543213/10/ABCDEFGHIJKLMNOPQRSTU"), "lot_length")
    assert.equal(problem("/01/09521234543213/10/L%C3%94"), "lot_characters")
    assert.equal(problem("/01/09521234543213/10"), "path")
    assert.equal(problem("/01/09521234543213/17/251231"), "path")
    assert.equal(problem("/01/09521234543213/10/A/21/%20"), "qualifier")
    assert.equal(problem("/01"), "path")
  })
})

void describe("matchDigitalLinkPathname", () => {
  void it("finds Digital Link paths with or without a locale prefix, and nothing else", () => {
    const locales = ["vi", "en"]
    assert.deepEqual(matchDigitalLinkPathname("/01/09521234543213/10/A.B", locales), { locale: null, segments: ["09521234543213", "10", "A.B"] })
    assert.deepEqual(matchDigitalLinkPathname("/en/01/09521234543213", locales), { locale: "en", segments: ["09521234543213"] })
    assert.equal(matchDigitalLinkPathname("/products/01", locales), null)
    assert.equal(matchDigitalLinkPathname("/en/products", locales), null)
    assert.equal(matchDigitalLinkPathname("/", locales), null)
  })

  void it("builds lot paths with the lot encoded once", () => {
    assert.equal(lotPath("09521234543213", "2025/11 A"), "/01/09521234543213/10/2025%2F11%20A")
  })

  void it("reads the lot page's route parameter whether it arrives encoded or decoded", () => {
    assert.equal(lotFromRouteParam("LP%2F25.1%25A"), "LP/25.1%A")
    assert.equal(lotFromRouteParam("A%2541"), "A%41")
    assert.equal(lotFromRouteParam("A%41"), "A%41")
    assert.equal(lotFromRouteParam("A/B"), "A/B")
    assert.equal(lotFromRouteParam("CAM-2511"), "CAM-2511")
  })
})

void describe("prefersLinkedData", () => {
  void it("gives JSON-LD to clients that ask for it and the page to browsers", () => {
    assert.equal(prefersLinkedData("application/ld+json"), true)
    assert.equal(prefersLinkedData("application/json"), true)
    assert.equal(prefersLinkedData("application/ld+json;q=0.9, text/html;q=0.5"), true)
    assert.equal(prefersLinkedData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), false)
    assert.equal(prefersLinkedData("text/html, application/json;q=0.5"), false)
    assert.equal(prefersLinkedData("*/*"), false)
    assert.equal(prefersLinkedData("application/json;q=0"), false)
    assert.equal(prefersLinkedData(null), false)
  })
})
