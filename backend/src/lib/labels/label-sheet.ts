import PDFDocument from "pdfkit"
import messages from "./label-messages.json"
import { qrPng } from "./qr"

/** What one lot label shows. */
export type LotLabel = {
  product_name: string
  lot_code: string
  produced_on: string
  expires_on: string | null
  /** OCOP rating when the product has an active certificate. */
  ocop?: { stars: number; potential_five_star: boolean } | null
  /** The Digital Link URI the QR code carries. */
  uri: string
}

/** The words printed before each value. */
export type LabelWords = { lot: string; produced_on: string; expires_on: string; potential_five_star: string }

/** Vietnamese first, then English: "Số lô / Lot", for shops at home and buyers abroad. */
export const BILINGUAL_WORDS: LabelWords = {
  lot: `${messages.vi.lot} / ${messages.en.lot}`,
  produced_on: `${messages.vi.produced_on} / ${messages.en.produced_on}`,
  expires_on: `${messages.vi.expires_on} / ${messages.en.expires_on}`,
  potential_five_star: `${messages.vi.potential_five_star} / ${messages.en.potential_five_star}`,
}

/** Fewest and most labels one request prints. */
export const LABEL_COUNT = { min: 1, max: 100 } as const

/** A4 in points, and the 3 × 8 grid of 70 × 37 mm labels on it. */
export const A4 = { width: 595.28, height: 841.89 } as const
export const GRID = { columns: 3, rows: 8 } as const
export const LABELS_PER_PAGE = GRID.columns * GRID.rows

const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")
const PAD = 7
const QR_SIZE = 84

// Days print the Vietnamese way, 14/06/2025.
const dmy = (day: string) => day.split("-").reverse().join("/")

/** "OCOP ★★★★" (with the potential-5★ note when nominated). */
export function ocopText(ocop: NonNullable<LotLabel["ocop"]>, words: LabelWords = BILINGUAL_WORDS): string {
  return `OCOP ${"★".repeat(ocop.stars)}${ocop.potential_five_star ? ` (${words.potential_five_star})` : ""}`
}

function drawLabel(doc: PDFKit.PDFDocument, x: number, y: number, label: LotLabel, qr: PDFKit.Mixins.ImageSrc, words: LabelWords) {
  const cell = { width: A4.width / GRID.columns, height: A4.height / GRID.rows }
  doc.image(qr, x + PAD - 4, y + (cell.height - QR_SIZE) / 2, { width: QR_SIZE, height: QR_SIZE })
  const left = x + PAD + QR_SIZE - 2
  const width = cell.width - (left - x) - PAD
  let top = y + PAD + 2
  doc.font("bold").fontSize(8.5).text(label.product_name, left, top, { width, height: 32, ellipsis: true, lineGap: -1 })
  top += Math.min(doc.heightOfString(label.product_name, { width, lineGap: -1 }), 32) + 3
  const lines = [
    `${words.lot}: ${label.lot_code}`,
    `${words.produced_on}: ${dmy(label.produced_on)}`,
    ...(label.expires_on ? [`${words.expires_on}: ${dmy(label.expires_on)}`] : []),
    ...(label.ocop ? [ocopText(label.ocop, words)] : []),
  ]
  doc.font("regular").fontSize(6.8)
  for (const line of lines) {
    doc.text(line, left, top, { width, height: 10, ellipsis: true, lineBreak: false })
    top += 10
  }
}

/** A4 sheets of `count` identical lot labels (3 × 8 per page), fonts embedded so Vietnamese diacritics print. */
export async function labelSheetPdf(label: LotLabel, count: number, words: LabelWords = BILINGUAL_WORDS): Promise<Buffer> {
  if (!Number.isInteger(count) || count < LABEL_COUNT.min || count > LABEL_COUNT.max) {
    throw new Error(`Print ${LABEL_COUNT.min} to ${LABEL_COUNT.max} labels at a time.`)
  }
  const qr = await qrPng(label.uri, 600)
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: `${label.product_name} — ${label.lot_code}` } })
  doc.registerFont("regular", FONT)
  doc.registerFont("bold", FONT_BOLD)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const cell = { width: A4.width / GRID.columns, height: A4.height / GRID.rows }
  // One image object drawn on every label, so the PNG is decoded and embedded once (pdfkit takes it where its types say ImageSrc).
  const image = (doc as unknown as { openImage(src: Buffer): PDFKit.Mixins.ImageSrc }).openImage(qr)
  for (let i = 0; i < count; i++) {
    const slot = i % LABELS_PER_PAGE
    if (slot === 0) doc.addPage({ size: "A4", margin: 0 })
    drawLabel(doc, (slot % GRID.columns) * cell.width, Math.floor(slot / GRID.columns) * cell.height, label, image, words)
  }
  doc.end()
  return done
}
