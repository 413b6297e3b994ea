import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { OcopCertificateFormValues } from "../../ocop-views"
import {
  addMonths,
  documentProblem,
  emptyOcopCertificateValues,
  ocopFormProblem,
  toOcopCertificatePayload,
  toOcopCertificateRows,
  toOcopGroup,
  toOcopProductSetGroups,
  vietnamToday,
} from "../ocop"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const MB = 1024 * 1024

const certificate = {
  id: "ocop_1",
  status: "rejected",
  stars: 4,
  potential_five_star: true,
  product_set: { code: 11, group: "I", name_vi: "Chè và các sản phẩm từ chè", name_en: "Tea and tea products" },
  issuing_authority: "UBND tỉnh Tuyên Quang",
  decision_number: "1234/QĐ-UBND",
  issued_on: "2024-05-10",
  expires_on: "2027-05-10",
  document_url: "http://localhost:9000/static/qd-1234.pdf",
  status_reason: "Bản scan không đọc được số quyết định.",
  reviewed_at: "2025-11-02T03:00:00.000Z",
  badge_active: false,
  products: [{ id: "prod_che", title: "Chè Shan tuyết Na Hang", handle: "che-shan-tuyet", thumbnail: null }],
  created_at: "2025-11-01T02:00:00.000Z",
}

function filled(change: Partial<OcopCertificateFormValues> = {}): OcopCertificateFormValues {
  return {
    productIds: ["prod_che"],
    stars: "4",
    potentialFiveStar: true,
    productSet: "11",
    issuingAuthority: " UBND tỉnh Tuyên Quang ",
    decisionNumber: "1234/QĐ-UBND",
    issuedOn: "2024-05-10",
    expiresOn: "",
    documentUrl: "http://localhost:9000/static/qd-1234.pdf",
    ...change,
  }
}

void describe("toOcopCertificateRows", () => {
  void it("shows the rating, products, decision, dates and the reason it was refused", () => {
    const { rows, count } = toOcopCertificateRows({ certificates: [certificate], count: 1 }, "vi")
    assert.equal(count, 1)
    const [row] = rows
    assert.equal(row?.status, "rejected")
    assert.equal(row?.stars, 4)
    assert.equal(row?.potentialFiveStar, true)
    assert.equal(row?.productSet, "11 · Chè và các sản phẩm từ chè")
    assert.equal(row?.decisionNumber, "1234/QĐ-UBND")
    assert.equal(row?.issuedLabel, "10 thg 5, 2024")
    assert.equal(row?.expiresLabel, "10 thg 5, 2027")
    assert.equal(row?.statusReason, "Bản scan không đọc được số quyết định.")
    assert.deepEqual(row?.products, [{ id: "prod_che", title: "Chè Shan tuyết Na Hang" }])
  })

  void it("names the product set in English in English, and reads a status it does not know as submitted", () => {
    const { rows } = toOcopCertificateRows({ certificates: [{ ...certificate, status: "archived" }] }, "en")
    assert.equal(rows[0]?.productSet, "11 · Tea and tea products")
    assert.equal(rows[0]?.status, "submitted")
    assert.equal(rows[0]?.issuedLabel, "May 10, 2024")
  })

  void it("refuses an answer without certificates' ids, naming the route", () => {
    assert.throws(() => toOcopCertificateRows({ certificates: [{ status: "verified" }] }, "vi"), /ocop-certificates/)
  })
})

void describe("toOcopProductSetGroups", () => {
  void it("groups the sets under I–VI in code order, however the backend writes the group", () => {
    const data = {
      product_sets: [
        { code: 14, group: "II", name_vi: "Rượu trắng", name_en: "Rice spirit" },
        { code: 11, group: 1, name_vi: "Chè", name_en: "Tea" },
        { code: 1, group: "Nhóm I", name_vi: "Rau, củ, quả, hạt tươi", name_en: "Fresh vegetables" },
      ],
    }
    const groups = toOcopProductSetGroups(data, "vi", (group) => `Nhóm ${group}`)
    assert.deepEqual(
      groups.map((g) => [g.groupLabel, g.sets.map((s) => s.name)]),
      [
        ["Nhóm I", ["1. Rau, củ, quả, hạt tươi", "11. Chè"]],
        ["Nhóm II", ["14. Rượu trắng"]],
      ]
    )
  })

  void it("reads groups written as numbers, roman numerals or with the word 'group'", () => {
    assert.equal(toOcopGroup(4), "IV")
    assert.equal(toOcopGroup("vi"), "VI")
    assert.equal(toOcopGroup("Group III"), "III")
    assert.equal(toOcopGroup("VII"), null)
  })
})

void describe("ocopFormProblem", () => {
  const today = "2025-11-20"
  const problem = (values: OcopCertificateFormValues) => ocopFormProblem(values, today)

  void it("asks for what is missing, in the order of the form", () => {
    assert.equal(problem(emptyOcopCertificateValues()), "products")
    assert.equal(problem(filled({ productIds: Array.from({ length: 21 }, (_, i) => `p${i}`) })), "tooManyProducts")
    assert.equal(problem(filled({ stars: "" })), "stars")
    assert.equal(problem(filled({ productSet: "" })), "productSet")
    assert.equal(problem(filled({ issuingAuthority: "  " })), "authority")
    assert.equal(problem(filled({ decisionNumber: "" })), "decision")
    assert.equal(problem(filled({ issuedOn: "" })), "issuedOn")
    assert.equal(problem(filled({ documentUrl: "" })), "document")
    assert.equal(problem(filled()), null)
  })

  void it("refuses an expiry on or before the issue date, or more than 36 months after it", () => {
    assert.equal(problem(filled({ expiresOn: "2024-05-10" })), "expiresOn")
    assert.equal(problem(filled({ expiresOn: "2023-12-31" })), "expiresOn")
    assert.equal(problem(filled({ expiresOn: "2027-05-10" })), null)
    assert.equal(problem(filled({ expiresOn: "2027-05-11" })), "expiresTooLate")
  })

  void it("refuses a certificate issued in the future or already expired, by Vietnam's calendar", () => {
    assert.equal(problem(filled({ issuedOn: "2025-11-21" })), "issuedOnFuture")
    assert.equal(problem(filled({ issuedOn: "2025-11-20" })), null)
    // Without an expiry the backend counts 36 months: issued 2022-11-20 expires on 2025-11-20, today.
    assert.equal(problem(filled({ issuedOn: "2022-11-20" })), "expired")
    assert.equal(problem(filled({ issuedOn: "2022-11-21" })), null)
    assert.equal(problem(filled({ issuedOn: "2024-01-01", expiresOn: "2025-11-20" })), "expired")
  })

  void it("counts 36 months as the backend does: a missing day becomes the month's last", () => {
    assert.equal(addMonths("2024-02-29", 36), "2027-02-28")
    assert.equal(addMonths("2023-01-31", 1), "2023-02-28")
    assert.equal(addMonths("2024-05-10", 36), "2027-05-10")
  })

  void it("reads today in Vietnam, not in the browser's or server's zone", () => {
    assert.equal(vietnamToday(new Date("2025-11-20T17:30:00Z")), "2025-11-21")
    assert.equal(vietnamToday(new Date("2025-11-20T16:59:00Z")), "2025-11-20")
  })
})

void describe("toOcopCertificatePayload", () => {
  void it("sends numbers and trimmed text, and leaves the expiry to the backend's 36 months when empty", () => {
    assert.deepEqual(toOcopCertificatePayload(filled()), {
      product_ids: ["prod_che"],
      stars: 4,
      potential_five_star: true,
      product_set: 11,
      issuing_authority: "UBND tỉnh Tuyên Quang",
      decision_number: "1234/QĐ-UBND",
      issued_on: "2024-05-10",
      document_url: "http://localhost:9000/static/qd-1234.pdf",
    })
    assert.equal(toOcopCertificatePayload(filled({ expiresOn: "2027-01-31" })).expires_on, "2027-01-31")
  })

  void it("never sends 'potential 5 stars' beside 3 or 5 stars", () => {
    assert.equal("potential_five_star" in toOcopCertificatePayload(filled({ stars: "3" })), false)
    assert.equal("potential_five_star" in toOcopCertificatePayload(filled({ stars: "5" })), false)
  })
})

void describe("documentProblem", () => {
  void it("takes a PDF up to 10 MB and a photo up to 15 MB", () => {
    assert.equal(documentProblem({ type: "application/pdf", size: 10 * MB, name: "qd.pdf" }), null)
    assert.equal(documentProblem({ type: "application/pdf", size: 10 * MB + 1, name: "qd.pdf" }), "documentTooLarge")
    assert.equal(documentProblem({ type: "image/jpeg", size: 12 * MB, name: "qd.jpg" }), null)
    assert.equal(documentProblem({ type: "image/webp", size: 15 * MB + 1, name: "qd.webp" }), "documentTooLarge")
  })

  void it("refuses other files, and knows a PDF by its name when the browser gives no type", () => {
    assert.equal(documentProblem({ type: "application/msword", size: MB, name: "qd.doc" }), "documentType")
    assert.equal(documentProblem({ type: "image/heic", size: MB, name: "qd.heic" }), "documentType")
    assert.equal(documentProblem({ type: "", size: MB, name: "QD-1234.PDF" }), null)
  })
})
