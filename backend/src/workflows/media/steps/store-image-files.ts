import { randomUUID } from "node:crypto"
import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EncodedImage } from "./process-product-images"

export const STORE_IMAGE_FILES_STEP = "store-image-files"

/** One stored rendition, as the storefront's srcset needs it. */
export type ImageSource = { url: string; width: number; type: "image/webp" | "image/jpeg" }

/** One stored photo: `url` becomes the product image, `sources` are all its renditions. */
export type StoredImage = { url: string; sources: ImageSource[] }

const EXTENSION = { "image/webp": "webp", "image/jpeg": "jpg" } as const

/** Stores every rendition through the file module under a random name; the compensation deletes them all again. */
export const storeImageFilesStep = createStep(
  STORE_IMAGE_FILES_STEP,
  async ({ images }: { images: EncodedImage[] }, { container }) => {
    const fileModule = container.resolve<IFileModuleService>(Modules.FILE)
    const storedIds: string[] = []
    const files: StoredImage[] = []
    try {
      for (const image of images) {
        // A random name per photo: the uploader's file name never reaches a public URL, and URLs cannot be guessed.
        const name = randomUUID()
        const sources: ImageSource[] = []
        // One file per call, so a failure mid-photo still leaves the id of everything already stored.
        for (const r of image.renditions) {
          const [file] = await fileModule.createFiles([
            { filename: `${name}-${r.width}.${EXTENSION[r.type]}`, mimeType: r.type, content: r.content, access: "public" },
          ])
          storedIds.push(file!.id)
          sources.push({ url: file!.url, width: r.width, type: r.type })
        }
        files.push({ url: sources[image.primary]!.url, sources })
      }
    } catch (error) {
      // A failing step is not compensated, so what it stored before failing is removed here.
      if (storedIds.length) await fileModule.deleteFiles(storedIds)
      throw error
    }
    return new StepResponse({ files }, storedIds)
  },
  async (storedIds, { container }) => {
    if (!storedIds?.length) return
    await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(storedIds)
  }
)
