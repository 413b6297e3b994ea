import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MAX_IMAGE_BYTES } from "../../../../lib/images/image-limits"
import { receivePhotos } from "../middlewares"

type Outcome = { error?: { type?: string; message: string }; files?: { originalname: string; size: number }[] }

// A bare HTTP server runs the middleware on a real multipart stream and reports what it passed to next().
let server: Server
let url: string
beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const next = ((error?: { type?: string; message: string }) => {
      const files = (req as unknown as { files?: Outcome["files"] }).files
      const outcome: Outcome = error ? { error: { type: error.type, message: error.message } } : { files: files?.map((f) => ({ originalname: f.originalname, size: f.size })) }
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify(outcome))
    }) as MedusaNextFunction
    receivePhotos(req as unknown as MedusaRequest, res as unknown as MedusaResponse, next)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const send = async (parts: { field?: string; name: string; size: number }[]): Promise<Outcome> => {
  const form = new FormData()
  for (const part of parts) form.append(part.field ?? "files", new Blob([new Uint8Array(part.size)]), part.name)
  return (await fetch(url, { method: "POST", body: form })).json() as Promise<Outcome>
}

describe("receivePhotos", () => {
  it("puts up to 8 photos in req.files, in memory", async () => {
    const outcome = await send(Array.from({ length: 8 }, (_, i) => ({ name: `anh-${i}.jpg`, size: 1000 + i })))
    expect(outcome.files?.map((f) => f.size)).toEqual([1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007])
  })

  it("refuses a photo over 15 MB with the sentence, not multer's 'File too large'", async () => {
    const outcome = await send([{ name: "nho.jpg", size: 10 }, { name: "rat-lon.jpg", size: MAX_IMAGE_BYTES + 1 }])
    expect(outcome.error).toEqual({ type: "invalid_data", message: "rat-lon.jpg is larger than 15 MB." })
  })

  it("accepts a photo of exactly 15 MB", async () => {
    expect((await send([{ name: "vua-du.jpg", size: MAX_IMAGE_BYTES }])).files).toEqual([{ originalname: "vua-du.jpg", size: MAX_IMAGE_BYTES }])
  })

  it("refuses a ninth photo and photos sent in another field", async () => {
    const nine = await send(Array.from({ length: 9 }, (_, i) => ({ name: `anh-${i}.jpg`, size: 10 })))
    expect(nine.error).toEqual({ type: "invalid_data", message: "Upload at most 8 photos at a time." })
    const wrongField = await send([{ field: "image", name: "anh.jpg", size: 10 }])
    expect(wrongField.error).toEqual({ type: "invalid_data", message: 'Photos must be sent in the "files" field, not "image".' })
  })
})
