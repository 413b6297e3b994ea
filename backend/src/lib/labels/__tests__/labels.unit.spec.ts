import { PDFDocument } from "pdf-lib"
import { A4, labelSheetPdf, type LotLabel, ocopText } from "../label-sheet"
import { qrPng, qrSvg } from "../qr"
import { embeddedCharacters } from "./pdf-characters"

const LABEL: LotLabel = {
  product_name: "Chè Shan tuyết cổ thụ Lũng Phìn — hộp 200 g",
  lot_code: "LP-2025/06",
  produced_on: "2025-06-14",
  expires_on: "2027-06-14",
  ocop: { stars: 4, potential_five_star: true },
  uri: "https://htx.example.vn/01/08931234567897/10/LP-2025%2F06?17=270614",
}

describe("lot QR codes", () => {
  it("renders the URI as a PNG and an SVG", async () => {
    const png = await qrPng(LABEL.uri, 300)
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.readUInt32BE(16)).toBe(300)
    const svg = await qrSvg(LABEL.uri)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    // Version 4 at level M is 33 modules; with 4 modules of quiet zone on each side the view box is 41 wide.
    expect(svg).toMatch(/viewBox="0 0 (\d+) \1"/)
    expect(Number(/viewBox="0 0 (\d+)/.exec(svg)![1]) - 8).toBeGreaterThanOrEqual(21)
  })
})

describe("label sheets", () => {
  it.each([
    [1, 1],
    [24, 1],
    [25, 2],
    [100, 5],
  ])("prints %i labels on %i A4 page(s)", async (count, pages) => {
    const pdf = await PDFDocument.load(await labelSheetPdf(LABEL, count))
    expect(pdf.getPageCount()).toBe(pages)
    for (const page of pdf.getPages()) {
      expect(page.getWidth()).toBeCloseTo(A4.width, 2)
      expect(page.getHeight()).toBeCloseTo(A4.height, 2)
    }
  })

  it("embeds DejaVu Sans with the Vietnamese letters and stars the label uses", async () => {
    const pdf = await labelSheetPdf(LABEL, 1)
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/)
    const chars = embeddedCharacters(pdf)
    for (const c of ["ố", "ổ", "ì", "ũ", "ộ", "★", "—"]) expect(chars).toContain(c)
  })

  it("prints no OCOP line without a rating, and refuses 0 or 101 labels", async () => {
    expect(ocopText({ stars: 3, potential_five_star: false })).toBe("OCOP ★★★")
    expect(ocopText({ stars: 4, potential_five_star: true })).toBe("OCOP ★★★★ (tiềm năng 5★ / potential 5★)")
    const withoutStars = embeddedCharacters(await labelSheetPdf({ ...LABEL, ocop: null, expires_on: null }, 1))
    expect(withoutStars).not.toContain("★")
    await expect(labelSheetPdf(LABEL, 0)).rejects.toThrow(/1 to 100 labels/)
    await expect(labelSheetPdf(LABEL, 101)).rejects.toThrow(/1 to 100 labels/)
  })
})
