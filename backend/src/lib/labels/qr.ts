import QRCode from "qrcode"

// Error correction M survives a smudged or slightly torn label; 4 modules of quiet zone is what scanners expect.
const OPTIONS = { errorCorrectionLevel: "M", margin: 4 } as const

/** A PNG QR code of a URI, `width` pixels wide including the quiet zone. */
export function qrPng(uri: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(uri, { ...OPTIONS, type: "png", width })
}

/** An SVG QR code of a URI, scaling to any size without blur. */
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { ...OPTIONS, type: "svg" })
}
