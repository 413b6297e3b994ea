import type { MiddlewareRoute } from "@medusajs/framework/http"
import { MAX_FILES_PER_UPLOAD, MAX_IMAGE_BYTES } from "../../../lib/images/image-limits"
import { imageMessages } from "../../../lib/images/image-messages"
import { type FileRefusals, receiveFiles } from "../receive-files"

/** The multipart field that carries the photos. */
export const UPLOAD_FIELD = "files"

const PHOTO_REFUSALS: FileRefusals = {
  tooLarge: imageMessages.tooLarge,
  tooManyFiles: imageMessages.tooManyFiles,
  wrongField: imageMessages.wrongField,
  unreadable: (reason) => `The upload could not be read (${reason}); send the photos as multipart/form-data in the "${UPLOAD_FIELD}" field.`,
}

// Photos stay in memory: they are at most 8 × 15 MB, go straight to sharp, and never touch the disk unprocessed.
/** Reads the multipart body into `req.files`, turning multer's own errors into 400 refusals. */
export const receivePhotos = receiveFiles({ field: UPLOAD_FIELD, maxFiles: MAX_FILES_PER_UPLOAD, maxBytes: MAX_IMAGE_BYTES, refusals: PHOTO_REFUSALS })

/** Multipart parsing for POST /cooperative/uploads; authentication comes from the /cooperative prefix. */
export const cooperativeUploadMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/cooperative/uploads", middlewares: [receivePhotos], bodyParser: false },
]
