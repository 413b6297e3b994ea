import QRCode from "qrcode"

// Error correction M survives a scratched or glare-covered screen; 4 modules of quiet zone is what scanners expect.
const OPTIONS = { errorCorrectionLevel: "M", margin: 4, type: "svg" } as const

/** An SVG QR code of a text as a data URI, for an <img> that scales without blur and needs no extra request. */
export async function qrSvgDataUri(text: string): Promise<string> {
  const svg = await QRCode.toString(text, OPTIONS)
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
