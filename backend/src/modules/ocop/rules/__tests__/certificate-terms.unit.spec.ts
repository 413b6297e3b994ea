import { certificateTermsProblem, expiryDay, normalizeDecisionNumber } from "../certificate-terms"
import { OCOP_LEGAL_BASIS, OCOP_PRODUCT_GROUPS, OCOP_PRODUCT_SETS, productSet } from "../product-sets"

const TODAY = "2026-11-23"
const terms = { stars: 4, potential_five_star: false, product_set: 11, issued_on: "2025-03-14" }

describe("certificateTermsProblem", () => {
  it("accepts a valid certificate, with or without an expiry day", () => {
    expect(certificateTermsProblem(terms, TODAY)).toBeNull()
    expect(certificateTermsProblem({ ...terms, potential_five_star: true, expires_on: "2027-03-14" }, TODAY)).toBeNull()
  })

  it.each([
    [{ stars: 2 }, /stars must be 3, 4 or 5/],
    [{ stars: 5, potential_five_star: true }, /only to 4-star/],
    [{ product_set: 0 }, /one of the 26 OCOP product sets/],
    [{ product_set: 27 }, /one of the 26 OCOP product sets/],
    [{ product_set: 2.5 }, /one of the 26 OCOP product sets/],
    [{ issued_on: "2025-02-30" }, /issued_on must be a real day/],
    [{ issued_on: "2026-11-24" }, /cannot be in the future/],
    [{ expires_on: "14/03/2028" }, /expires_on must be a real day/],
    [{ expires_on: "2025-03-14" }, /expires_on must be after issued_on/],
    [{ expires_on: "2028-03-15" }, /at most 36 months: expires_on can be 2028-03-14 at the latest/],
    [{ issued_on: "2023-01-10" }, /expired on 2026-01-10/],
  ])("refuses %o", (change, message) => {
    expect(certificateTermsProblem({ ...terms, ...change }, TODAY)).toMatch(message)
  })
})

describe("expiryDay", () => {
  it("defaults to 36 months after the issue day", () => {
    expect(expiryDay("2025-03-14")).toBe("2028-03-14")
    expect(expiryDay("2025-03-14", "2027-01-01")).toBe("2027-01-01")
  })
})

describe("normalizeDecisionNumber", () => {
  it("treats case and spacing around separators as the same number", () => {
    expect(normalizeDecisionNumber(" 1234/QĐ-UBND ")).toBe(normalizeDecisionNumber("1234 / qđ - ubnd"))
    expect(normalizeDecisionNumber("1234/QĐ-UBND")).not.toBe(normalizeDecisionNumber("1235/QĐ-UBND"))
  })
})

describe("OCOP product sets", () => {
  it("are the 26 sets of the decision, numbered 1 to 26, in the 6 groups, with both names", () => {
    expect(OCOP_LEGAL_BASIS.name).toBe("Quyết định 148/QĐ-TTg (2023)")
    expect(OCOP_PRODUCT_SETS.map((s) => s.code)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
    expect(OCOP_PRODUCT_GROUPS.map((g) => g.code)).toEqual(["I", "II", "III", "IV", "V", "VI"])
    const perGroup = OCOP_PRODUCT_GROUPS.map((g) => OCOP_PRODUCT_SETS.filter((s) => s.group === g.code).length)
    expect(perGroup).toEqual([13, 4, 3, 2, 3, 1])
    for (const set of OCOP_PRODUCT_SETS) expect(set.name_vi.length && set.name_en.length).toBeTruthy()
    expect(productSet(11)).toMatchObject({ group: "I", name_vi: "Chè", name_en: "Tea" })
    expect(productSet(14)?.name_en).toBe("Rice spirit")
  })
})
