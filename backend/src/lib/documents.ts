import { MAX_IMAGE_MB } from "./images/image-limits"
import { displayName } from "./images/image-messages"

/** Largest PDF accepted, in MB: a scanned certificate of a few pages fits well within it. */
export const MAX_PDF_MB = 10

/** Largest PDF accepted, in bytes. */
export const MAX_PDF_BYTES = MAX_PDF_MB * 1024 * 1024

/** The multipart field that carries a document. */
export const DOCUMENT_FIELD = "file"

// The shared file-name cleaner says "The photo" for a nameless file; a document may not be one.
const named = (name?: string) => (displayName(name) === "The photo" ? "The file" : displayName(name))

const PDF_MAGIC = Buffer.from("%PDF-", "latin1")

/** Whether the bytes are a PDF, by its signature at the very start (never by the file name). */
export function isPdf(content: Buffer): boolean {
  return content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)
}

/** Sentences a seller reads when a document upload is refused, each naming the file at fault. */
export const documentMessages = {
  empty: (name: string) => `${named(name)} is empty.`,
  notADocument: (name: string) => `${named(name)} is neither a PDF nor a JPEG, PNG or WebP photo.`,
  pdfTooLarge: (name: string) => `${named(name)} is larger than ${MAX_PDF_MB} MB: a PDF may be at most ${MAX_PDF_MB} MB.`,
  tooLarge: (name?: string) =>
    `${named(name)} is larger than ${MAX_IMAGE_MB} MB: a PDF may be at most ${MAX_PDF_MB} MB, a photo ${MAX_IMAGE_MB} MB.`,
  noFile: () => `Choose a PDF or a photo to upload in the "${DOCUMENT_FIELD}" field.`,
  tooManyFiles: () => "Upload one document at a time.",
  wrongField: (field: string) => `The document must be sent in the "${DOCUMENT_FIELD}" field, not "${displayName(field)}".`,
}
