import { PDFDocument } from "pdf-lib"
import { embeddedCharacters } from "../../labels/__tests__/pdf-characters"
import { boothPosterPdf } from "../booth-poster"

describe("booth posters", () => {
  it("are one A4 page with the fair, the booth code and the cooperative, in fonts that carry Vietnamese", async () => {
    const pdf = await boothPosterPdf({
      fair_name: "Hội chợ OCOP Tuyên Quang mùa đông",
      dates: "21/11 – 27/11/2026",
      venue: "Quảng trường Nguyễn Tất Thành",
      booth_code: "A01",
      cooperative: "Hợp tác xã Chè Shan tuyết Lũng Phìn",
      url: "https://htx.example.vn/fairs/hoi-cho-ocop-tuyen-quang-mua-dong/booths/A01",
    })
    const doc = await PDFDocument.load(pdf)
    expect(doc.getPageCount()).toBe(1)
    expect(doc.getPages()[0]!.getWidth()).toBeCloseTo(595.28, 1)
    expect(doc.getPages()[0]!.getHeight()).toBeCloseTo(841.89, 1)
    const chars = embeddedCharacters(pdf)
    for (const c of "ộợườễếũA01") expect(chars).toContain(c)
  })
})
