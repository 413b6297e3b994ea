import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_FILES_PER_UPLOAD, MAX_IMAGE_BYTES } from "../../../lib/images/image-limits"
import { imageMessages } from "../../../lib/images/image-messages"

/** The multipart field that carries the photos. */
export const UPLOAD_FIELD = "files"

// Photos stay in memory: they are at most 8 × 15 MB, go straight to sharp, and never touch the disk unprocessed.
const receive = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_FILES_PER_UPLOAD, fields: 20, fieldSize: 64 * 1024 },
}).array(UPLOAD_FIELD, MAX_FILES_PER_UPLOAD)

/** A multer refusal as the 400 sentence a seller can act on (Medusa's error handler would answer 500 to a MulterError). */
export function uploadRefusal(error: multer.MulterError & { filename?: string }): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, refusalMessage(error))
}

function refusalMessage({ code, field, filename, message }: multer.MulterError & { filename?: string }): string {
  if (code === "LIMIT_FILE_SIZE") return imageMessages.tooLarge(filename)
  // multer reports a ninth photo in the "files" field as an unexpected file.
  if (code === "LIMIT_FILE_COUNT" || (code === "LIMIT_UNEXPECTED_FILE" && field === UPLOAD_FIELD)) return imageMessages.tooManyFiles()
  if (code === "LIMIT_UNEXPECTED_FILE") return imageMessages.wrongField(field ?? "")
  return `The upload could not be read (${message}); send the photos as multipart/form-data in the "${UPLOAD_FIELD}" field.`
}

/** Reads the multipart body into `req.files`, turning multer's own errors into 400 refusals. */
export function receivePhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req, res, (error: unknown) => next(error instanceof multer.MulterError ? uploadRefusal(error) : error))
}

/** Multipart parsing for POST /cooperative/uploads; authentication comes from the /cooperative prefix. */
export const cooperativeUploadMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/cooperative/uploads", middlewares: [receivePhotos], bodyParser: false },
]
