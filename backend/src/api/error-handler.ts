import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusaErrorHandler = errorHandler()

/** Marks a conflict whose message is meant for the person (Medusa otherwise words every conflict as an idempotency clash). */
export const EXPLAINED_CONFLICT = "explained_conflict"

/**
 * Medusa's error handler, with two additions: a path whose percent-escapes cannot be decoded (a bare "%" in a lot code,
 * say) is a 400 that says so, not the 500 Express's URIError would otherwise become; an explained conflict keeps its message.
 */
export const marketplaceErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  const explained = error as { type?: string; code?: string; message?: string }
  if (explained?.type === MedusaError.Types.CONFLICT && explained.code === EXPLAINED_CONFLICT) {
    res.status(409).json({ type: MedusaError.Types.CONFLICT, message: explained.message })
    return
  }
  const cause = error instanceof URIError ? new MedusaError(MedusaError.Types.INVALID_DATA, "The address has a malformed %-escape: write % as %25.") : error
  return medusaErrorHandler(cause, req, res, next)
}
