"use server"

import { z } from "zod"
import { runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import { failure, type SellerActionResult } from "./mappers/action-error"
import { MAX_IMAGES } from "./mappers/product-payload"
import { parseResponse } from "./mappers/schema"

/** Image types the backend accepts (it re-encodes them as WebP with a JPEG fallback). */
const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp"]
const MAX_BYTES = 15 * 1024 * 1024

const uploadResponse = z.object({ files: z.array(z.object({ url: z.string().min(1) })).min(1) })

/**
 * Uploads photos (form field `files`: product photos, a logo, a banner) and returns their addresses —
 * `POST /cooperative/uploads`. Type and size are checked here first so a phone user learns it at once.
 */
export async function uploadImagesAction(form: FormData): Promise<SellerActionResult<string[]>> {
  const files = form.getAll("files").filter((value): value is File => value instanceof File && value.size > 0)
  if (files.length === 0 || files.length > MAX_IMAGES) return failure("invalid_input")
  if (files.some((file) => !ACCEPTED_TYPES.includes(file.type))) return failure("upload_type")
  if (files.some((file) => file.size > MAX_BYTES)) return failure("upload_too_large")
  const body = new FormData()
  for (const file of files) body.append("files", file, file.name)
  return runSellerAction("upload images", async () => {
    const data = await cooperativeFetch<unknown>("/cooperative/uploads", { method: "POST", body })
    return parseResponse(uploadResponse, data, "POST /cooperative/uploads").files.map((file) => file.url)
  })
}
