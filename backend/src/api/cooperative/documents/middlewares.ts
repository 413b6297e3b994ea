import type { MiddlewareRoute } from "@medusajs/framework/http"
import { DOCUMENT_FIELD, documentMessages } from "../../../lib/documents"
import { MAX_IMAGE_BYTES } from "../../../lib/images/image-limits"
import { receiveFiles } from "../receive-files"

// The larger of the two limits (a photo's 15 MB); a PDF's own 10 MB is checked once its kind is known.
const receiveDocument = receiveFiles({
  field: DOCUMENT_FIELD,
  maxFiles: 1,
  maxBytes: MAX_IMAGE_BYTES,
  refusals: {
    tooLarge: documentMessages.tooLarge,
    tooManyFiles: documentMessages.tooManyFiles,
    wrongField: documentMessages.wrongField,
    unreadable: (reason) => `The upload could not be read (${reason}); send the document as multipart/form-data in the "${DOCUMENT_FIELD}" field.`,
  },
})

/** Multipart parsing for POST /cooperative/documents; authentication comes from the /cooperative prefix. */
export const cooperativeDocumentMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/cooperative/documents", middlewares: [receiveDocument], bodyParser: false },
]
