import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
// Brings multer's typing of req.files.
import type {} from "multer"
import { MAX_FILES_PER_UPLOAD } from "../../../lib/images/image-limits"
import { imageMessages } from "../../../lib/images/image-messages"
import { uploadProductImagesWorkflow } from "../../../workflows/media/upload-product-images"

/** POST /cooperative/uploads — product photos (multipart field "files", 1–8 of them) in, stored WebP/JPEG renditions out. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const files = Array.isArray(req.files) ? req.files : []
  if (files.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, imageMessages.noFiles())
  if (files.length > MAX_FILES_PER_UPLOAD) throw new MedusaError(MedusaError.Types.INVALID_DATA, imageMessages.tooManyFiles())
  const { result } = await uploadProductImagesWorkflow(req.scope).run({
    input: { files: files.map((f) => ({ filename: f.originalname, content: f.buffer.toString("base64") })) },
  })
  res.status(201).json({ files: result.files })
}
