import { csvCell, toCsv, UTF8_BOM } from "../csv"

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvCell("HTX Chè Lũng Phìn")).toBe("HTX Chè Lũng Phìn")
    expect(csvCell('HTX "Chè", Lũng Phìn')).toBe('"HTX ""Chè"", Lũng Phìn"')
    expect(csvCell("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"')
    expect(csvCell(null)).toBe("")
  })

  it("never lets a spreadsheet run a text as a formula", () => {
    for (const text of ["=1+1", "+84 HTX", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) expect(csvCell(text).replace(/^"/, "")).toMatch(/^'/)
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
  })

  it("writes numbers as numbers, negative ones too", () => {
    expect(csvCell(-1250)).toBe("-1250")
    expect(csvCell(0)).toBe("0")
  })
})

describe("CSV text", () => {
  it("joins cells and lines, ending in a line break, with the UTF-8 mark when asked", () => {
    expect(toCsv([["a", 1], ["b", null]])).toBe("a,1\nb,\n")
    expect(toCsv([["Hợp tác xã"]], { bom: true })).toBe(`${UTF8_BOM}Hợp tác xã\n`)
    expect(UTF8_BOM).toBe("\uFEFF")
  })
})
