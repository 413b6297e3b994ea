import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { documentMessages, isPdf, MAX_PDF_BYTES } from "../../../lib/documents"
import { ImageRefusedError, imageMessages } from "../../../lib/images/image-messages"
import { processImage } from "../../../lib/images/process-image"
import type { Base64Upload } from "./process-product-images"

export const PREPARE_DOCUMENT_STEP = "prepare-cooperative-document"

/** A document ready to store: a PDF as received, or a photographed page cleaned and re-encoded. */
export type PreparedDocument = { content: string; mime_type: "application/pdf" | "image/jpeg"; extension: "pdf" | "jpg"; size: number }

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a document by its bytes: a PDF (`%PDF-`, at most 10 MB) is kept as it is; a JPEG, PNG or WebP photo goes through the
 * photo pipeline (upright, no metadata) and its JPEG, which every viewer opens, is kept. Stores nothing.
 */
export const prepareDocumentStep = createStep(PREPARE_DOCUMENT_STEP, async ({ filename, content }: Base64Upload) => {
  const bytes = Buffer.from(content, "base64")
  if (bytes.length === 0) throw refuse(documentMessages.empty(filename))
  if (isPdf(bytes)) {
    if (bytes.length > MAX_PDF_BYTES) throw refuse(documentMessages.pdfTooLarge(filename))
    const pdf: PreparedDocument = { content, mime_type: "application/pdf", extension: "pdf", size: bytes.length }
    return new StepResponse(pdf)
  }
  try {
    const { renditions } = await processImage({ filename, content: bytes })
    const jpeg = renditions.find((r) => r.type === "image/jpeg")
    if (!jpeg) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The photo pipeline made no JPEG.")
    const photo: PreparedDocument = { content: jpeg.data.toString("base64"), mime_type: "image/jpeg", extension: "jpg", size: jpeg.data.length }
    return new StepResponse(photo)
  } catch (error) {
    if (!(error instanceof ImageRefusedError)) throw error
    // Neither a PDF nor an image: the refusal names both kinds a document may be.
    throw refuse(error.message === imageMessages.notAnImage(filename) ? documentMessages.notADocument(filename) : error.message)
  }
})
