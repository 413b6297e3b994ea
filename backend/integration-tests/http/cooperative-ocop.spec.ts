import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PDFDocument } from "pdf-lib"
import sharp from "sharp"
import { exifHasGps, phoneJpeg } from "../../src/lib/images/__tests__/test-images"
import { addDays, addMonths } from "../../src/modules/ocop/rules/vietnam-day"
import { changeOcopCertificateStatusWorkflow } from "../../src/workflows/ocop/change-ocop-certificate-status"
import { failed } from "./fixtures/http"
import { seedMarketplace } from "./fixtures/marketplace"
import { certificateBody, FILES_BASE, listProduct, ocopRecordCounts, SCAN_URL, submitCertificate, today } from "./fixtures/ocop"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(180_000)

// Stored files go to a folder of this run's own (the runner reads medusa-config before its env option), read back directly.
const UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "htx-documents-"))
process.env.FILE_UPLOAD_DIR = UPLOAD_DIR
const stored = (url: string) => readFileSync(path.join(UPLOAD_DIR, decodeURIComponent(path.basename(new URL(url).pathname))))

const onePagePdf = async () => {
  const pdf = await PDFDocument.create()
  pdf.addPage([595, 842]).drawText("Giay chung nhan san pham OCOP", { x: 50, y: 780, size: 18 })
  return Buffer.from(await pdf.save())
}

const form = (name: string, content: Buffer, field = "file") => {
  const body = new FormData()
  body.append(field, new Blob([new Uint8Array(content)]), name)
  return body
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let a: SellerCooperative
    let b: SellerCooperative
    let tea: string
    let honey: string
    let archived: string
    let foreign: string

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      a = await createSellerCooperative(api, getContainer(), 1)
      b = await createSellerCooperative(api, getContainer(), 2)
      tea = await listProduct(api, a, market.category.id, "Chè Shan tuyết Lũng Phìn")
      honey = await listProduct(api, a, market.category.id, "Mật ong bạc hà Mèo Vạc")
      archived = await listProduct(api, a, market.category.id, "Măng khô Na Hang")
      await api.post(`/cooperative/products/${archived}/archive`, {}, a.headers)
      foreign = await listProduct(api, b, market.category.id, "Cam sành Hàm Yên")
    })
    afterAll(() => rmSync(UPLOAD_DIR, { recursive: true, force: true }))

    const submit = (body: unknown, seller = a) => api.post("/cooperative/ocop-certificates", body, seller.headers).catch(failed)

    describe("POST /cooperative/ocop-certificates", () => {
      it("submits a certificate for the cooperative's products: 36 months by default, no badge until an operator verifies it", async () => {
        const issued = addMonths(today(), -2)
        const res = await submit(certificateBody([tea, honey], { potential_five_star: true, decision_number: " 1520/QĐ-UBND ", issued_on: issued }))
        expect(res.status).toBe(201)
        const { certificate } = res.data
        expect(certificate).toMatchObject({
          status: "submitted",
          stars: 4,
          potential_five_star: true,
          product_set: { code: 11, group: "I", name_vi: "Chè", name_en: "Tea" },
          issuing_authority: "UBND tỉnh Tuyên Quang",
          decision_number: "1520/QĐ-UBND",
          issued_on: issued,
          expires_on: addMonths(issued, 36),
          document_url: SCAN_URL,
          status_reason: null,
          reviewed_at: null,
          badge_active: false,
          history: [{ from_status: null, to_status: "submitted", reason: null, actor_type: "seller", created_at: expect.any(String) }],
        })
        expect(certificate.cooperative).toBeUndefined()
        expect(certificate.products.map((p: { title: string }) => p.title).sort()).toEqual(["Chè Shan tuyết Lũng Phìn", "Mật ong bạc hà Mèo Vạc"])
        expect(certificate.products[0]).toEqual({ id: expect.any(String), title: expect.any(String), handle: expect.any(String), thumbnail: expect.stringContaining(FILES_BASE) })

        const { data: list } = await api.get("/cooperative/ocop-certificates", a.headers)
        expect(list.count).toBe(1)
        expect(list.certificates.map((c: { id: string }) => c.id)).toEqual([certificate.id])
        const { data: detail } = await api.get(`/cooperative/ocop-certificates/${certificate.id}`, a.headers)
        expect(detail.certificate).toEqual(certificate)
      })

      it("lists the newest certificate first", async () => {
        const first = await submitCertificate(api, a, [tea])
        const second = await submitCertificate(api, a, [honey], { stars: 3 })
        const { data } = await api.get("/cooperative/ocop-certificates", a.headers)
        expect(data.certificates.map((c: { id: string }) => c.id)).toEqual([second.id, first.id])
      })

      it.each([
        ["no product", { product_ids: [] }, /Choose 1 to 20 of the cooperative's products/],
        ["21 products", { product_ids: Array.from({ length: 21 }, (_, i) => `prod_${i}`) }, /Choose 1 to 20 of the cooperative's products/],
        ["the same product twice", "twice", /Each product may be named only once/],
        ["2 stars", { stars: 2 }, /stars must be 3, 4 or 5/],
        ["potential 5 stars on a 5-star certificate", { stars: 5, potential_five_star: true }, /only to 4-star certificates/],
        ["product set 27", { product_set: 27 }, /one of the 26 OCOP product sets/],
        ["product set 0", { product_set: 0 }, /one of the 26 OCOP product sets/],
        ["30 February", { issued_on: "2025-02-30" }, /issued_on must be a real day/],
        ["an issue day in the future", { issued_on: addDays(today(), 1) }, /issued_on cannot be in the future/],
        ["an expiry before the issue day", { issued_on: addMonths(today(), -6), expires_on: addMonths(today(), -7) }, /expires_on must be after issued_on/],
        ["an expiry beyond 36 months", { issued_on: addMonths(today(), -6), expires_on: addMonths(today(), 31) }, /valid at most 36 months/],
        ["a certificate that has already expired", { issued_on: addMonths(today(), -40) }, /expired on .*: submit a certificate that is still valid/],
        ["a scan from elsewhere", { document_url: "https://drive.example.com/scan.pdf" }, /was not uploaded here: upload the certificate's scan through \/cooperative\/documents/],
        ["no decision number", { decision_number: "  " }, /decision_number must be 1 to 80 characters/],
        ["an unknown field", { cooperative_id: "coop_khac" }, /Unrecognized fields: 'cooperative_id'/],
        ["an archived product", "archived", /"Măng khô Na Hang" is archived: restore it/],
        ["an unknown product", { product_ids: ["prod_khong_co"] }, /Product prod_khong_co is not one of this cooperative's products/],
      ])("refuses %s with 400 and writes nothing", async (_case, change, message) => {
        const before = await ocopRecordCounts(getContainer())
        const override = change === "twice" ? { product_ids: [tea, tea] } : change === "archived" ? { product_ids: [tea, archived] } : change
        const res = await submit(certificateBody([tea], override as Record<string, unknown>))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(await ocopRecordCounts(getContainer())).toEqual(before)
        const { data } = await api.get("/cooperative/ocop-certificates", a.headers)
        expect(data.count).toBe(0)
      })

      it("refuses another cooperative's product without naming it, and writes nothing", async () => {
        const before = await ocopRecordCounts(getContainer())
        const res = await submit(certificateBody([tea, foreign]))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(`Product ${foreign} is not one of this cooperative's products.`)
        expect(res.data.message).not.toContain("Cam sành")
        expect(await ocopRecordCounts(getContainer())).toEqual(before)
      })

      it("refuses the same decision number twice for one cooperative, but takes it back after a rejection", async () => {
        const first = await submitCertificate(api, a, [tea], { decision_number: "2043/QĐ-UBND" })
        const again = await submit(certificateBody([honey], { decision_number: "2043 / qđ-ubnd" }))
        expect(again.status).toBe(400)
        expect(again.data.message).toBe("This cooperative already has a certificate with decision number 2043 / qđ-ubnd.")
        // Another cooperative may hold a certificate under the same number (one decision often lists several producers).
        expect((await submit(certificateBody([foreign], { decision_number: "2043/QĐ-UBND" }), b)).status).toBe(201)

        await changeOcopCertificateStatusWorkflow(getContainer()).run({
          input: { id: first.id, action: "reject", reason: "Bản scan không đọc được", actor: { type: "system", id: null } },
        })
        const corrected = await submit(certificateBody([tea], { decision_number: "2043/QĐ-UBND" }))
        expect(corrected.status).toBe(201)
      })

      it("needs a signed-in cooperative user", async () => {
        const res = await api.post("/cooperative/ocop-certificates", certificateBody([tea])).catch(failed)
        expect(res.status).toBe(401)
      })
    })

    describe("GET /cooperative/ocop-certificates/:id", () => {
      it("answers 404 to another cooperative, which does not see it in its list either", async () => {
        const certificate = await submitCertificate(api, a, [tea])
        const res = await api.get(`/cooperative/ocop-certificates/${certificate.id}`, b.headers).catch(failed)
        expect(res.status).toBe(404)
        expect(res.data.message).toBe("This cooperative has no such certificate.")
        const { data } = await api.get("/cooperative/ocop-certificates", b.headers)
        expect(data).toEqual({ certificates: [], count: 0 })
      })

      it("answers 403 when the caller names a cooperative they do not belong to", async () => {
        const certificate = await submitCertificate(api, a, [tea])
        const headers = { ...b.headers.headers, "x-cooperative-id": a.cooperative.id }
        const res = await api.get(`/cooperative/ocop-certificates/${certificate.id}`, { headers }).catch(failed)
        expect(res.status).toBe(403)
      })
    })

    describe("GET /cooperative/ocop/product-sets", () => {
      it("gives the 26 product sets with their group and both names", async () => {
        const { data } = await api.get("/cooperative/ocop/product-sets", a.headers)
        expect(data.product_sets).toHaveLength(26)
        expect(data.product_sets[13]).toEqual({ code: 14, group: "II", name_vi: "Rượu trắng", name_en: "Rice spirit" })
      })
    })

    describe("POST /cooperative/documents", () => {
      const upload = (body: FormData, headers: Record<string, string> = a.headers.headers) =>
        api.post("/cooperative/documents", body, { headers, maxBodyLength: Infinity }).catch(failed)

      it("stores a PDF as it is, under a name of its own, and the URL is accepted as a certificate's scan", async () => {
        const pdf = await onePagePdf()
        const res = await upload(form("QD-1520-UBND.pdf", pdf))
        expect(res.status).toBe(201)
        expect(res.data).toEqual({ url: expect.stringMatching(/\.pdf$/), mime_type: "application/pdf", size: pdf.length })
        expect(res.data.url.startsWith(FILES_BASE)).toBe(true)
        expect(res.data.url).not.toContain("QD-1520")
        expect(stored(res.data.url).equals(pdf)).toBe(true)
        const submitted = await submit(certificateBody([tea], { document_url: res.data.url }))
        expect(submitted.status).toBe(201)
        expect(submitted.data.certificate.document_url).toBe(res.data.url)
      })

      it("keeps a photographed page as an upright JPEG without its GPS position", async () => {
        const photo = await phoneJpeg({ width: 1200, height: 1600 })
        const res = await upload(form("anh-giay-chung-nhan.jpg", photo))
        expect(res.status).toBe(201)
        expect(res.data).toEqual({ url: expect.stringMatching(/\.jpg$/), mime_type: "image/jpeg", size: expect.any(Number) })
        const file = stored(res.data.url)
        expect(file.length).toBe(res.data.size)
        const meta = await sharp(file).metadata()
        expect({ format: meta.format, width: meta.width, gps: exifHasGps(meta.exif) }).toEqual({ format: "jpeg", width: 1200, gps: false })
      })

      it.each([
        ["a text file renamed .pdf", () => ({ name: "giay-chung-nhan.pdf", content: Buffer.from("Giấy chứng nhận OCOP số 1520/QĐ-UBND\n") }), "giay-chung-nhan.pdf is neither a PDF nor a JPEG, PNG or WebP photo."],
        ["a PDF over 10 MB", () => ({ name: "ban-scan.pdf", content: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(10 * 1024 * 1024)]) }), "ban-scan.pdf is larger than 10 MB: a PDF may be at most 10 MB."],
        ["a file over 15 MB", () => ({ name: "qua-lon.pdf", content: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(15 * 1024 * 1024)]) }), "qua-lon.pdf is larger than 15 MB: a PDF may be at most 10 MB, a photo 15 MB."],
        ["an empty file", () => ({ name: "trong.pdf", content: Buffer.alloc(0) }), "trong.pdf is empty."],
      ])("refuses %s with 400 and a sentence", async (_case, make, message) => {
        const { name, content } = make()
        const res = await upload(form(name, content))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(message)
      })

      it("asks for one file in the file field", async () => {
        const none = await upload(new FormData())
        expect([none.status, none.data.message]).toEqual([400, 'Choose a PDF or a photo to upload in the "file" field.'])
        const wrongField = await upload(form("scan.pdf", await onePagePdf(), "files"))
        expect([wrongField.status, wrongField.data.message]).toEqual([400, 'The document must be sent in the "file" field, not "files".'])
        const two = new FormData()
        for (const name of ["a.pdf", "b.pdf"]) two.append("file", new Blob([new Uint8Array(await onePagePdf())]), name)
        const twice = await upload(two)
        expect([twice.status, twice.data.message]).toEqual([400, "Upload one document at a time."])
      })

      it("needs a signed-in cooperative user", async () => {
        const res = await upload(form("scan.pdf", await onePagePdf()), {})
        expect(res.status).toBe(401)
      })
    })
  },
})
