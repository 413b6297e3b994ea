import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { exifHasGps, gif, phoneJpeg, pixelBombPng } from "../../src/lib/images/__tests__/test-images"
import { MAX_IMAGE_BYTES } from "../../src/lib/images/image-limits"
import type { UploadProductImagesInput } from "../../src/workflows/media/upload-product-images"
import { processProductImagesStep } from "../../src/workflows/media/steps/process-product-images"
import { type StoredImage, storeImageFilesStep } from "../../src/workflows/media/steps/store-image-files"
import { failed } from "./fixtures/http"
import { createSellerCooperative, type SellerCooperative } from "./fixtures/sellers"

jest.setTimeout(180_000)

// Stored files go to a folder of this run's own (the runner reads medusa-config before its env option), read back directly.
const UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "htx-uploads-"))
process.env.FILE_UPLOAD_DIR = UPLOAD_DIR
const storedCount = () => readdirSync(UPLOAD_DIR).length
const pathOf = (url: string) => path.join(UPLOAD_DIR, decodeURIComponent(path.basename(new URL(url).pathname)))

type Upload = { name: string; content: Buffer }
const form = (...files: Upload[]) => {
  const body = new FormData()
  for (const file of files) body.append("files", new Blob([new Uint8Array(file.content)]), file.name)
  return body
}

// A step that fails after the photos are stored, to prove the store step's compensation deletes them.
let storedBeforeFailure: { url: string; existed: boolean }[] = []
const failAfterStoringStep = createStep("test-fail-after-storing-images", async (stored: { files: StoredImage[] }) => {
  storedBeforeFailure = stored.files.flatMap((f) => f.sources.map((s) => ({ url: s.url, existed: existsSync(pathOf(s.url)) })))
  throw new Error("A later step failed.")
})
const uploadThenFailWorkflow = createWorkflow("test-upload-images-then-fail", (input: UploadProductImagesInput) => {
  const stored = storeImageFilesStep({ images: processProductImagesStep(input) })
  failAfterStoringStep(stored)
  return new WorkflowResponse(stored)
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seller: SellerCooperative
    let photo: Buffer

    beforeAll(async () => {
      seller = await createSellerCooperative(api, getContainer(), 1)
      photo = await phoneJpeg({ width: 2000, height: 1500, orientation: 6 })
    })
    afterAll(() => rmSync(UPLOAD_DIR, { recursive: true, force: true }))

    const upload = (body: FormData, headers: Record<string, string> = seller.headers.headers) =>
      api.post("/cooperative/uploads", body, { headers, maxBodyLength: Infinity }).catch(failed)

    describe("POST /cooperative/uploads", () => {
      it("stores upright WebP and JPEG renditions of a phone photo, without its EXIF, GPS or other metadata", async () => {
        expect(exifHasGps((await sharp(photo).metadata()).exif)).toBe(true)
        const before = storedCount()
        const res = await upload(form({ name: "IMG_20250614_vuon-cam.jpg", content: photo }))
        expect(res.status).toBe(201)
        const [image] = res.data.files as StoredImage[]
        expect(image!.sources.map((s) => [s.type, s.width])).toEqual([
          ["image/webp", 400],
          ["image/webp", 800],
          ["image/webp", 1500],
          ["image/jpeg", 1500],
        ])
        expect(image!.url).toBe(image!.sources[1]!.url)
        expect(storedCount()).toBe(before + 4)
        for (const source of image!.sources) {
          expect(source.url).not.toContain("vuon-cam")
          expect(path.basename(source.url)).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}-\d+\.(webp|jpg)$/)
          const stored = readFileSync(pathOf(source.url))
          const meta = await sharp(stored).metadata()
          expect({ format: meta.format, width: meta.width, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, icc: meta.icc }).toEqual({
            format: source.type === "image/webp" ? "webp" : "jpeg",
            width: source.width,
            exif: undefined,
            xmp: undefined,
            iptc: undefined,
            icc: undefined,
          })
          expect(meta.height).toBeGreaterThan(meta.width!) // taken sideways, stored upright
        }
      })

      it.each([
        ["a GIF", async () => ({ name: "photo.gif", content: await gif() }), "photo.gif is not a JPEG, PNG or WebP image."],
        ["a text file renamed .jpg", async () => ({ name: "bang-gia.jpg", content: Buffer.from("Cam sành loại 1: 35.000đ/kg\n") }), "bang-gia.jpg is not a JPEG, PNG or WebP image."],
        ["a photo over 15 MB", async () => ({ name: "rat-lon.jpg", content: Buffer.concat([photo, Buffer.alloc(MAX_IMAGE_BYTES + 1 - photo.length)]) }), "rat-lon.jpg is larger than 15 MB."],
        ["a decompression bomb", async () => ({ name: "huge.png", content: pixelBombPng(20_000, 20_000) }), "huge.png has more than 40 megapixels."],
      ])("refuses %s with 400 and stores nothing, not even the good photo sent with it", async (_kind, make, message) => {
        const before = storedCount()
        const res = await upload(form({ name: "tot.jpg", content: photo }, await make()))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(message)
        expect(storedCount()).toBe(before)
      })

      it("asks for 1 to 8 photos", async () => {
        const none = await upload(new FormData())
        expect([none.status, none.data.message]).toEqual([400, 'Choose at least one photo to upload in the "files" field.'])
        const nine = await upload(form(...Array.from({ length: 9 }, (_, i) => ({ name: `anh-${i}.jpg`, content: photo }))))
        expect([nine.status, nine.data.message]).toEqual([400, "Upload at most 8 photos at a time."])
      })

      it("needs a signed-in cooperative user", async () => {
        const before = storedCount()
        const res = await upload(form({ name: "anh.jpg", content: photo }), {})
        expect(res.status).toBe(401)
        expect(storedCount()).toBe(before)
      })
    })

    describe("storing product images in a workflow", () => {
      it("deletes the stored files again when a later step fails", async () => {
        const before = storedCount()
        const { errors } = await uploadThenFailWorkflow(getContainer()).run({
          input: { files: ["a.jpg", "b.jpg"].map((filename) => ({ filename, content: photo.toString("base64") })) },
          throwOnError: false,
        })
        expect(errors.map((e) => (e.error as Error).message)).toEqual(["A later step failed."])
        expect(storedBeforeFailure).toHaveLength(8)
        expect(storedBeforeFailure.every((f) => f.existed)).toBe(true)
        expect(storedBeforeFailure.filter((f) => existsSync(pathOf(f.url)))).toEqual([])
        expect(storedCount()).toBe(before)
      })
    })
  },
})
