import { isValid } from "gtin"
import { checkDigit, isGtin, parseGtin, toGtin14, withCheckDigit } from "../gtin"

describe("GTIN", () => {
  it("computes the mod-10 check digit of the GS1 example 629104150021 as 3", () => {
    expect(checkDigit("629104150021")).toBe(3)
    expect(withCheckDigit("629104150021")).toBe("6291041500213")
    expect(parseGtin("6291041500213")).toEqual({ ok: true, gtin14: "06291041500213", length: 13 })
  })

  it("accepts Vietnamese GTIN-13s under the 893 prefix and stores them as GTIN-14", () => {
    for (const body of ["893123456789", "893604000001", "893500012345"]) {
      const gtin13 = withCheckDigit(body)
      expect(isValid(gtin13)).toBe(true)
      expect(toGtin14(gtin13)).toBe(`0${gtin13}`)
    }
    expect(toGtin14("8931234567897")).toBe("08931234567897")
  })

  it("pads GTIN-8 and GTIN-12 with zeros to 14 digits and keeps GTIN-14", () => {
    expect(toGtin14("96385074")).toBe("00000096385074")
    expect(toGtin14("036000291452")).toBe("00036000291452")
    expect(toGtin14("09521234543213")).toBe("09521234543213")
    expect(parseGtin("96385074")).toMatchObject({ ok: true, length: 8 })
  })

  it("agrees with the gtin package on random codes of every length", () => {
    for (let n = 0; n < 200; n++) {
      const length = [8, 12, 13, 14][n % 4]!
      const code = Array.from({ length }, () => Math.floor(Math.random() * 10)).join("")
      if (/^0+$/.test(code)) continue
      expect(isGtin(code)).toBe(isValid(code))
    }
  })

  it.each([
    ["", /GTIN is required/],
    ["893-123-456", /must contain digits only/],
    ["8931234567a95", /must contain digits only/],
    ["893123456", /has 9 digits: a GTIN has 8, 12, 13 or 14 digits/],
    ["893123456789712", /has 15 digits/],
    ["8931234567894", /wrong check digit: the last digit should be 7, not 4/],
    ["6291041500214", /the last digit should be 3, not 4/],
    ["00000000", /cannot be all zeros/],
  ])("refuses %p and says why", (input, reason) => {
    const parsed = parseGtin(input)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? "" : parsed.reason).toMatch(reason)
    expect(() => toGtin14(input)).toThrow(reason)
  })
})
