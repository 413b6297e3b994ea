import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/** The sentences a seller reads when multer refuses an upload. */
export type FileRefusals = {
  tooLarge: (filename?: string) => string
  tooManyFiles: () => string
  wrongField: (field: string) => string
  unreadable: (reason: string) => string
}

type Options = { field: string; maxFiles: number; maxBytes: number; refusals: FileRefusals }

type MulterRefusal = multer.MulterError & { filename?: string }

/** A multer refusal as the 400 sentence a seller can act on (Medusa's error handler would answer 500 to a MulterError). */
function fileRefusal(error: MulterRefusal, { field: expected, refusals }: Pick<Options, "field" | "refusals">): MedusaError {
  const { code, field, filename, message } = error
  const sentence =
    code === "LIMIT_FILE_SIZE"
      ? refusals.tooLarge(filename)
      : // multer reports one file too many in the expected field as an unexpected file.
        code === "LIMIT_FILE_COUNT" || (code === "LIMIT_UNEXPECTED_FILE" && field === expected)
        ? refusals.tooManyFiles()
        : code === "LIMIT_UNEXPECTED_FILE"
          ? refusals.wrongField(field ?? "")
          : refusals.unreadable(message)
  return new MedusaError(MedusaError.Types.INVALID_DATA, sentence)
}

/**
 * A middleware that reads a multipart body into `req.files`, in memory (files go straight to their checks and never touch
 * the disk unchecked), turning multer's own errors into 400 refusals.
 */
export function receiveFiles(options: Options) {
  const receive = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: options.maxBytes, files: options.maxFiles, fields: 20, fieldSize: 64 * 1024 },
  }).array(options.field, options.maxFiles)
  return function receiveMultipart(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    receive(req, res, (error: unknown) => next(error instanceof multer.MulterError ? fileRefusal(error, options) : error))
  }
}
