import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
// Brings multer's typing of req.files.
import type {} from "multer"
import { documentMessages } from "../../../lib/documents"
import { uploadCooperativeDocumentWorkflow } from "../../../workflows/media/upload-cooperative-document"

/** POST /cooperative/documents — one document (multipart field "file": a PDF or a photo) in, its stored URL out. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [file] = Array.isArray(req.files) ? req.files : []
  if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, documentMessages.noFile())
  const { result } = await uploadCooperativeDocumentWorkflow(req.scope).run({
    input: { file: { filename: file.originalname, content: file.buffer.toString("base64") } },
  })
  res.status(201).json(result)
}
