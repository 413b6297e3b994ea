import { randomUUID } from "node:crypto"
import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PreparedDocument } from "./prepare-document"

export const STORE_DOCUMENT_FILE_STEP = "store-document-file"

/** A stored document: its public URL, type and size in bytes. */
export type StoredDocument = { url: string; mime_type: PreparedDocument["mime_type"]; size: number }

/** Stores a document through the file module under a random name; the compensation deletes it again. */
export const storeDocumentFileStep = createStep(
  STORE_DOCUMENT_FILE_STEP,
  async (document: PreparedDocument, { container }) => {
    const fileModule = container.resolve<IFileModuleService>(Modules.FILE)
    // A random name: the uploader's file name never reaches a public URL, and URLs cannot be guessed.
    const [file] = await fileModule.createFiles([
      { filename: `${randomUUID()}.${document.extension}`, mimeType: document.mime_type, content: document.content, access: "public" },
    ])
    const stored: StoredDocument = { url: file!.url, mime_type: document.mime_type, size: document.size }
    return new StepResponse(stored, file!.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles([id])
  }
)
