import PDFDocument from "pdfkit"
import { productSet as productSetByCode } from "../../modules/ocop/rules/product-sets"
import type { DemoOcopCertificate } from "./ocop-certificates"

const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")

/** A one-page A4 stand-in for a certificate's scanned decision, marked as demo data, so the demo's "open the scan" links lead somewhere real. */
export function certificateScanPdf(plan: DemoOcopCertificate, cooperativeName: string, productTitles: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 64, info: { Title: `OCOP ${plan.decision_number}` } })
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    doc.registerFont("regular", FONT).registerFont("bold", FONT_BOLD)
    doc.font("bold").fontSize(11).text(plan.issuing_authority.toUpperCase(), { align: "center" })
    doc.font("regular").fontSize(10).text(`Số: ${plan.decision_number}`, { align: "center" }).moveDown(2)
    doc.font("bold").fontSize(16).text("GIẤY CHỨNG NHẬN SẢN PHẨM OCOP", { align: "center" }).moveDown()
    const set = productSetByCode(plan.product_set)
    const stars = `${plan.stars} sao${plan.potential_five_star ? " (tiềm năng 5 sao)" : ""}`
    doc.font("regular").fontSize(12)
    doc.text(`Chủ thể: ${cooperativeName}`).moveDown(0.5)
    doc.text(`Sản phẩm: ${productTitles.join("; ")}`).moveDown(0.5)
    doc.text(`Bộ sản phẩm: ${set ? `${set.code}. ${set.name_vi}` : plan.product_set}`).moveDown(0.5)
    doc.text(`Hạng: ${stars}`).moveDown(0.5)
    doc.text(`Ngày cấp: ${plan.issued_on.split("-").reverse().join("/")} — hiệu lực 36 tháng`).moveDown(3)
    doc.fontSize(9).fillColor("#666").text("Bản minh họa trong dữ liệu mẫu của htx-market; không phải văn bản pháp lý.", { align: "center" })
    doc.end()
  })
}
