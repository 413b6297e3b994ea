import sharp from "sharp"
import { MAX_IMAGE_BYTES } from "../image-limits"
import { processImage, renditionWidths } from "../process-image"
import { AUTHOR, CAMERA, CAPTION, exifHasGps, gif, phoneJpeg, photo, pixelBombPng } from "./test-images"

const outputsOf = async (content: Buffer, filename = "photo.jpg") => (await processImage({ filename, content })).renditions
const metadataOf = (data: Buffer) => sharp(data).metadata()

describe("processImage", () => {
  it("removes EXIF (with GPS), XMP, IPTC and the ICC profile from every output", async () => {
    const input = await phoneJpeg({ width: 2000, height: 1500 })
    const before = await metadataOf(input)
    expect(exifHasGps(before.exif)).toBe(true)
    expect([Boolean(before.xmp), Boolean(before.iptc), Boolean(before.icc)]).toEqual([true, true, true])

    const outputs = await outputsOf(input)
    expect(outputs).toHaveLength(4)
    for (const output of outputs) {
      const after = await metadataOf(output.data)
      expect({ exif: after.exif, xmp: after.xmp, iptc: after.iptc, icc: after.icc, orientation: after.orientation }).toEqual({
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        icc: undefined,
        orientation: undefined,
      })
      for (const secret of [CAMERA, AUTHOR, CAPTION]) expect(output.data.includes(Buffer.from(secret))).toBe(false)
    }
  })

  it("removes GPS written into PNG and WebP photos too", async () => {
    for (const format of ["png", "webp"] as const) {
      const input = await photo(format, { width: 900, height: 600 })
      expect(exifHasGps((await metadataOf(input)).exif)).toBe(true)
      for (const output of await outputsOf(input, `anh.${format}`)) expect((await metadataOf(output.data)).exif).toBeUndefined()
    }
  })

  it("turns a photo taken sideways (EXIF orientation 6) upright", async () => {
    const input = await phoneJpeg({ width: 1800, height: 1200, orientation: 6 })
    const outputs = await outputsOf(input)
    expect(outputs.map((o) => [o.type, o.width, o.height])).toEqual([
      ["image/webp", 400, 600],
      ["image/webp", 800, 1200],
      ["image/webp", 1200, 1800],
      ["image/jpeg", 1200, 1800],
    ])
    for (const output of outputs) {
      const { width, height } = await metadataOf(output.data)
      expect([width, height]).toEqual([output.width, output.height])
    }
  })

  it("makes WebP at 400, 800 and 1600 px plus a 1600 px JPEG, and picks the 800 px WebP as the product image", async () => {
    const { renditions, primary } = await processImage({ filename: "ca-phe.jpg", content: await phoneJpeg({ width: 4000, height: 3000 }) })
    expect(renditions.map((r) => [r.type, r.width, r.height])).toEqual([
      ["image/webp", 400, 300],
      ["image/webp", 800, 600],
      ["image/webp", 1600, 1200],
      ["image/jpeg", 1600, 1200],
    ])
    expect([(await metadataOf(renditions[0]!.data)).format, (await metadataOf(renditions[3]!.data)).format]).toEqual(["webp", "jpeg"])
    expect(primary).toBe(renditions[1])
  })

  it("never enlarges a small photo and uses its largest WebP as the product image", async () => {
    const { renditions, primary } = await processImage({ filename: "nho.png", content: await photo("png", { width: 600, height: 450 }) })
    expect(renditions.map((r) => [r.type, r.width])).toEqual([
      ["image/webp", 400],
      ["image/webp", 600],
      ["image/jpeg", 600],
    ])
    expect(primary.width).toBe(600)
    expect(renditionWidths(300)).toEqual([300])
    expect(renditionWidths(1000)).toEqual([400, 800, 1000])
  })

  it("converts a Display P3 photo to sRGB rather than dropping its profile", async () => {
    const input = await phoneJpeg({ width: 500, height: 500, colour: { r: 255, g: 0, b: 0 } })
    const [webp] = await outputsOf(input)
    const { data } = await sharp(webp!.data).raw().toBuffer({ resolveWithObject: true })
    // Without the conversion the P3 pixel values (about 234, 51, 35) would be shown as sRGB: a dull red.
    expect(data[0]).toBeGreaterThan(245)
    expect(data[1]).toBeLessThan(15)
  })

  it("keeps transparency in WebP and puts a transparent PNG on white in the JPEG", async () => {
    const outputs = await outputsOf(await photo("png", { width: 500, height: 400, alpha: 0 }), "logo.png")
    expect((await metadataOf(outputs[0]!.data)).hasAlpha).toBe(true)
    const jpeg = outputs.find((o) => o.type === "image/jpeg")!
    const { data, info } = await sharp(jpeg.data).raw().toBuffer({ resolveWithObject: true })
    expect(info.channels).toBe(3)
    expect([...data.subarray(0, 3)].every((v) => v > 250)).toBe(true)
  })

  it("reads the real format from the bytes: a PNG named .jpg and a WebP named .gif are accepted", async () => {
    await expect(outputsOf(await photo("png", { width: 900, height: 600 }), "anh.jpg")).resolves.toHaveLength(4)
    await expect(outputsOf(await photo("webp", { width: 900, height: 600 }), "anh.gif")).resolves.toHaveLength(4)
  })

  it.each([
    ["a GIF named .jpg", "photo.jpg", () => gif()],
    ["an SVG", "logo.svg", async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600"/></svg>')],
    ["a PDF", "catalogue.pdf", async () => Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")],
    ["a text file renamed .jpg", "notes.jpg", async () => Buffer.from("giá bán: 120.000đ / kg\n")],
  ])("refuses %s with a sentence naming the file", async (_kind, filename, make) => {
    await expect(outputsOf(await make(), filename)).rejects.toMatchObject({
      name: "ImageRefusedError",
      message: `${filename} is not a JPEG, PNG or WebP image.`,
    })
  })

  it("refuses an empty file and a truncated or corrupt photo", async () => {
    await expect(outputsOf(Buffer.alloc(0), "empty.jpg")).rejects.toMatchObject({ name: "ImageRefusedError", message: "empty.jpg is empty." })
    const jpeg = await phoneJpeg({ width: 1200, height: 900 })
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length * 0.6))
    await expect(outputsOf(truncated, "half.jpg")).rejects.toMatchObject({ message: "half.jpg is damaged or incomplete and could not be read." })
    const webp = await photo("webp", { width: 900, height: 600 })
    await expect(outputsOf(webp.subarray(0, 40), "cut.webp")).rejects.toMatchObject({ message: "cut.webp is damaged or incomplete and could not be read." })
  })

  it("accepts a photo of exactly 15 MB and refuses one byte more before reading it", async () => {
    const jpeg = await phoneJpeg({ width: 400, height: 300 })
    const padded = (size: number) => Buffer.concat([jpeg, Buffer.alloc(size - jpeg.length)])
    await expect(outputsOf(padded(MAX_IMAGE_BYTES))).resolves.toHaveLength(2)
    await expect(outputsOf(padded(MAX_IMAGE_BYTES + 1), "photo.jpg")).rejects.toMatchObject({
      name: "ImageRefusedError",
      message: "photo.jpg is larger than 15 MB.",
    })
  })

  it("refuses a decompression bomb from its header, without decoding its 400 megapixels", async () => {
    const bomb = pixelBombPng(20_000, 20_000)
    expect(bomb.length).toBeLessThan(100_000)
    const rssBefore = process.memoryUsage().rss
    await expect(outputsOf(bomb, "huge.png")).rejects.toMatchObject({ name: "ImageRefusedError", message: "huge.png has more than 40 megapixels." })
    // Decoding would need at least 400 MB for one byte per pixel.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024)
  })

  it("draws the line at 40 megapixels", async () => {
    await expect(outputsOf(pixelBombPng(8000, 5001), "just-over.png")).rejects.toMatchObject({
      message: "just-over.png has more than 40 megapixels.",
    })
    await expect(outputsOf(pixelBombPng(8000, 5000), "at-limit.png")).resolves.toHaveLength(4)
  })

  it("quotes back only a safe, short form of the uploader's file name", async () => {
    const name = `../../etc/${"x".repeat(200)}\u0007.gif`
    const error = await outputsOf(await gif(), name).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/^x{79}… is not a JPEG, PNG or WebP image\.$/)
  })
})
