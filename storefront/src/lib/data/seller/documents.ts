import "server-only"
import { runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import { failure, type SellerActionResult } from "./mappers/action-error"
import { documentProblem, documentSchema } from "./mappers/ocop"
import { parseResponse } from "./mappers/schema"
import type { UploadedDocument } from "./ocop-views"

/**
 * Stores a certificate scan (form field `file`: a PDF or a photo) and returns its address —
 * `POST /cooperative/documents`. Type and size are checked here first, as the backend would refuse them.
 */
export async function uploadSellerDocument(form: FormData): Promise<SellerActionResult<UploadedDocument>> {
  const file = form.get("file")
  if (!(file instanceof File) || file.size === 0) return failure("invalid_input")
  const problem = documentProblem(file)
  if (problem) return failure(problem === "documentType" ? "upload_type" : "upload_too_large")
  const body = new FormData()
  body.append("file", file, file.name)
  return runSellerAction("upload document", async () => {
    const data = await cooperativeFetch<unknown>("/cooperative/documents", { method: "POST", body })
    const stored = parseResponse(documentSchema, data, "POST /cooperative/documents")
    return { url: stored.url, mimeType: stored.mime_type ?? file.type, name: file.name }
  })
}
