import { ocopCertificateEmail, type OcopEmailFacts } from "../ocop-certificate"

const facts: OcopEmailFacts = {
  cooperative: "HTX Chè Shan tuyết Lũng Phìn",
  decision_number: "1520/QĐ-UBND",
  stars: 4,
  potential_five_star: true,
  products: ["Chè Shan tuyết", "Trà hoa vàng"],
  expires_on: "2028-03-14",
}

describe("ocopCertificateEmail", () => {
  it("writes Vietnamese first, then English, with the cooperative, the number, the stars and the products", () => {
    const { subject, text } = ocopCertificateEmail("verified", facts)
    expect(subject).toBe("Chứng nhận OCOP 1520/QĐ-UBND của HTX Chè Shan tuyết Lũng Phìn đã được xác minh / HTX Chè Shan tuyết Lũng Phìn's OCOP certificate 1520/QĐ-UBND is verified")
    expect(text.indexOf("Xin chào")).toBeLessThan(text.indexOf("Hello"))
    expect(text).toContain("(4 sao, tiềm năng 5 sao)")
    expect(text).toContain("(4 stars, potential 5 stars)")
    expect(text).toContain("Sản phẩm: Chè Shan tuyết, Trà hoa vàng")
    // The badge shows through the day before the expiry day.
    expect(text).toContain("đến hết ngày 13/03/2028")
    expect(text).toContain("until the end of 13 March 2028")
  })

  it("gives the operator's reason on a rejection or revocation", () => {
    const reason = "Số quyết định không khớp với bản scan"
    for (const kind of ["rejected", "revoked"] as const) {
      const { text } = ocopCertificateEmail(kind, { ...facts, reason })
      expect(text).toContain(`Lý do: ${reason}`)
      expect(text).toContain(`Reason: ${reason}`)
    }
  })

  it("counts the days left in a warning and names the expiry day", () => {
    const { subject, text } = ocopCertificateEmail("expiring", { ...facts, potential_five_star: false, stars: 3, days_left: 7 })
    expect(subject).toContain("còn 7 ngày hiệu lực")
    expect(subject).toContain("expires in 7 days")
    expect(text).toContain("hết hiệu lực ngày 14/03/2028")
    expect(text).toContain("(3 sao)")
    expect(ocopCertificateEmail("expired", facts).text).toContain("expired on 14 March 2028")
  })
})
