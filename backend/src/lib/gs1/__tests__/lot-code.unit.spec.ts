import { CSET_82, isLotCode, lotCodeProblem } from "../lot-code"

describe("lot code (AI 10)", () => {
  it("accepts 1 to 20 characters of character set 82", () => {
    expect(isLotCode("A")).toBe(true)
    expect(isLotCode("LP-2025/06.14")).toBe(true)
    expect(isLotCode(`!"%&'()*+,-./:;<=>?_`)).toBe(true)
    expect(isLotCode("ABCDEFGHIJKLMNOPQRST")).toBe(true)
    expect(CSET_82).toHaveLength(82)
  })

  it.each([
    ["", /required/],
    ["ABCDEFGHIJKLMNOPQRSTU", /21 characters: at most 20/],
    ["LO 1", /cannot contain a space/],
    ["Lô1", /cannot contain "ô".*without diacritics/],
    ["A#1", /cannot contain "#"/],
    ["A~1", /cannot contain "~"/],
    [".", /only dots/],
    ["..", /only dots/],
  ])("refuses %p", (code, reason) => {
    expect(lotCodeProblem(code)).toMatch(reason)
    expect(isLotCode(code)).toBe(false)
  })
})
