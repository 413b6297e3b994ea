import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, with one addition: a path whose percent-escapes cannot be decoded (a bare "%" in a lot code,
 * say) is a 400 that says so, not the 500 Express's URIError would otherwise become.
 */
export const marketplaceErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  const cause = error instanceof URIError ? new MedusaError(MedusaError.Types.INVALID_DATA, "The address has a malformed %-escape: write % as %25.") : error
  return medusaErrorHandler(cause, req, res, next)
}
