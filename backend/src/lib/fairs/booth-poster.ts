import PDFDocument from "pdfkit"
import { qrPng } from "../labels/qr"
import messages from "./poster-messages.json"

/** What a booth poster shows. */
export type BoothPoster = {
  fair_name: string
  /** The fair's dates as printed, e.g. "21/11 – 27/11/2026". */
  dates: string
  venue: string | null
  booth_code: string
  cooperative: string
  /** Where the QR code leads: the booth's page on the storefront. */
  url: string
}

const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")
const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 48
// About 10 cm across: scannable from two metres away.
const QR_SIZE = 300

/** A printable A4 poster for a booth at a fair held at a venue: fair, booth code, cooperative, and a QR code to the online booth. */
export async function boothPosterPdf(poster: BoothPoster): Promise<Buffer> {
  const qr = await qrPng(poster.url, 1200)
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: `${poster.fair_name} — ${poster.booth_code}` } })
  doc.registerFont("regular", FONT)
  doc.registerFont("bold", FONT_BOLD)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const width = A4.width - 2 * MARGIN
  doc.font("bold").fontSize(20).text(poster.fair_name, { width, align: "center" })
  doc.font("regular").fontSize(12).text([poster.dates, poster.venue].filter(Boolean).join(" · "), { width, align: "center" })
  doc.moveDown(1.5)
  doc.font("regular").fontSize(16).text(`${messages.vi.booth} / ${messages.en.booth}`, { width, align: "center" })
  doc.font("bold").fontSize(72).text(poster.booth_code, { width, align: "center" })
  doc.font("bold").fontSize(22).text(poster.cooperative, { width, align: "center" })
  doc.moveDown(1)
  doc.image(qr, (A4.width - QR_SIZE) / 2, doc.y, { width: QR_SIZE, height: QR_SIZE })
  doc.y += QR_SIZE + 16
  doc.font("regular").fontSize(13).text(messages.vi.scan, MARGIN, doc.y, { width, align: "center" })
  doc.fontSize(11).fillColor("#555555").text(messages.en.scan, { width, align: "center" })
  doc.fontSize(9).text(poster.url, { width, align: "center" })
  doc.end()
  return done
}
