import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Base64Upload } from "./steps/process-product-images"
import { prepareDocumentStep } from "./steps/prepare-document"
import { storeDocumentFileStep } from "./steps/store-document-file"

export const UPLOAD_COOPERATIVE_DOCUMENT_WORKFLOW = "upload-cooperative-document"

/** A cooperative's document (a certificate's scan): a PDF, or a photo cleaned by the photo pipeline, checked and stored. */
export const uploadCooperativeDocumentWorkflow = createWorkflow(UPLOAD_COOPERATIVE_DOCUMENT_WORKFLOW, (input: { file: Base64Upload }) => {
  const prepared = prepareDocumentStep(input.file)
  return new WorkflowResponse(storeDocumentFileStep(prepared))
})
