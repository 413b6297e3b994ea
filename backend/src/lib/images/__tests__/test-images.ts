import { crc32, deflateSync } from "node:zlib"
import sharp from "sharp"

/** GPS position a phone writes into a photo: the tag the pipeline must never publish. */
export const GPS = { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 1200/100" }

/** Camera maker, XMP author and IPTC caption written into every test photo, to look for in the outputs. */
export const CAMERA = "PhoneCo"
export const AUTHOR = "Nguyen Van A"
export const CAPTION = "Ấp Tân Lập, xã Tân Phú"

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${AUTHOR}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`

/** A phone-like JPEG: EXIF with camera and GPS, an orientation tag, XMP, IPTC and a Display P3 ICC profile. */
export async function phoneJpeg({ width, height, orientation = 1, colour = { r: 200, g: 60, b: 30 } }: PhotoOptions) {
  const jpeg = await sharp({ create: { width, height, channels: 3, background: colour } })
    .withIccProfile("p3")
    .withExif({ IFD0: { Make: CAMERA, Model: "Field 5" }, IFD3: GPS })
    .withMetadata({ orientation })
    .withXmp(XMP)
    .jpeg({ quality: 90 })
    .toBuffer()
  return withIptc(jpeg, CAPTION)
}

type PhotoOptions = { width: number; height: number; orientation?: number; colour?: { r: number; g: number; b: number } }

/** A photo in the given format; PNG and WebP carry EXIF with GPS too, as some phone apps write them. */
export async function photo(format: "png" | "webp", { width, height, alpha = 1 }: { width: number; height: number; alpha?: number }) {
  const image = sharp({ create: { width, height, channels: 4, background: { r: 30, g: 120, b: 60, alpha } } }).withExif({ IFD3: GPS })
  return format === "png" ? image.png().toBuffer() : image.webp().toBuffer()
}

/** True when an EXIF block (as sharp's metadata returns it) has a GPS IFD: tag 0x8825 in IFD0. */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false
  // JPEG and WebP prefix the TIFF block with "Exif\0\0", PNG's eXIf chunk does not.
  const tiff = exif.subarray(exif.toString("latin1", 0, 4) === "Exif" ? 6 : 0)
  const little = tiff.toString("latin1", 0, 2) === "II"
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd0 = u32(4)
  for (let i = 0; i < u16(ifd0); i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true
  return false
}

/** A GIF, which the pipeline must refuse whatever its name. */
export function gif() {
  return sharp({ create: { width: 20, height: 20, channels: 3, background: "#ff0000" } }).gif().toBuffer()
}

/** A black-and-white PNG that declares width × height pixels but compresses to a few dozen KB: a decompression bomb. */
export function pixelBombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // 1 bit per pixel, greyscale, deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))) // filter byte + packed bits per row, all black
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))])
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "latin1"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

// sharp cannot write IPTC, so a Photoshop APP13 segment with one caption record is put right after the JPEG's SOI marker.
function withIptc(jpeg: Buffer, caption: string): Buffer {
  const text = Buffer.from(caption, "utf8")
  const record = Buffer.concat([Buffer.from([0x1c, 0x02, 0x78, text.length >> 8, text.length & 0xff]), text])
  const padded = record.length % 2 ? Buffer.concat([record, Buffer.alloc(1)]) : record
  const size = Buffer.alloc(4)
  size.writeUInt32BE(record.length)
  const resource = Buffer.concat([Buffer.from("8BIM", "latin1"), Buffer.from([0x04, 0x04, 0x00, 0x00]), size, padded])
  const payload = Buffer.concat([Buffer.from("Photoshop 3.0\0", "latin1"), resource])
  const marker = Buffer.from([0xff, 0xed, (payload.length + 2) >> 8, (payload.length + 2) & 0xff])
  return Buffer.concat([jpeg.subarray(0, 2), marker, payload, jpeg.subarray(2)])
}
