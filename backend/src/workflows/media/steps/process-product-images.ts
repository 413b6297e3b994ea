import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ImageRefusedError } from "../../../lib/images/image-messages"
import { inspectImage, type ImageUpload } from "../../../lib/images/inspect-image"
import { processImage } from "../../../lib/images/process-image"

export const PROCESS_PRODUCT_IMAGES_STEP = "process-product-images"

/** One output of a photo, encoded for the file module. */
export type EncodedRendition = { content: string; width: number; type: "image/webp" | "image/jpeg" }

/** Every output of one photo; `primary` indexes the rendition that becomes the product image. */
export type EncodedImage = { renditions: EncodedRendition[]; primary: number }

/** A photo as the workflow receives it: the uploader's file name and the bytes in base64. */
export type Base64Upload = { filename: string; content: string }

// Decoded when needed rather than all at once, so at most one photo's raw bytes are held besides the base64 input.
const decoded = ({ filename, content }: Base64Upload): ImageUpload => ({ filename, content: Buffer.from(content, "base64") })

/** Checks every photo, then turns each into clean WebP and JPEG renditions; stores nothing, so there is nothing to undo. */
export const processProductImagesStep = createStep(PROCESS_PRODUCT_IMAGES_STEP, async ({ files }: { files: Base64Upload[] }) => {
  try {
    // Every header is checked first, so a bad eighth photo is refused before seven good ones are encoded.
    for (const file of files) await inspectImage(decoded(file))
    const images: EncodedImage[] = []
    // One photo at a time bounds memory to one decode and its renditions, and leaves a core for the rest of the API.
    for (const file of files) {
      const { renditions, primary } = await processImage(decoded(file))
      images.push({
        renditions: renditions.map((r) => ({ content: r.data.toString("base64"), width: r.width, type: r.type })),
        primary: renditions.indexOf(primary),
      })
    }
    return new StepResponse(images)
  } catch (error) {
    // A refused photo is the seller's to fix (400 with the sentence); anything else is the server's fault.
    throw error instanceof ImageRefusedError ? new MedusaError(MedusaError.Types.INVALID_DATA, error.message) : error
  }
})
