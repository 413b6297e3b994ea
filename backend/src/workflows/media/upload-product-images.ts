import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { processProductImagesStep } from "./steps/process-product-images"
import { storeImageFilesStep } from "./steps/store-image-files"

export const UPLOAD_PRODUCT_IMAGES_WORKFLOW = "upload-product-images"

/**
 * Photos as received: the uploader's file name (quoted back only in refusals) and the bytes in base64, as in Medusa's
 * own uploadFilesWorkflow; step inputs are copied through JSON, where a Buffer would become an array of numbers.
 */
export type UploadProductImagesInput = { files: { filename: string; content: string }[] }

/** A cooperative's product photos: checked, cleaned of metadata, resized and stored; nothing stays stored if a step fails. */
export const uploadProductImagesWorkflow = createWorkflow(UPLOAD_PRODUCT_IMAGES_WORKFLOW, (input: UploadProductImagesInput) => {
  const images = processProductImagesStep(input)
  const stored = storeImageFilesStep({ images })
  return new WorkflowResponse(stored)
})
