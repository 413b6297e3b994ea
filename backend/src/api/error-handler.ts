import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusaErrorHandler = errorHandler()

/** Marks a conflict whose message is meant for the person (Medusa otherwise words every conflict as an idempotency clash). */
export const EXPLAINED_CONFLICT = "explained_conflict"

/** Marks a refusal for sending too much too often: 429, with the seconds to wait in `Retry-After`. */
export const TOO_MANY_REQUESTS = "too_many_requests"
/** How long a sender held back by a rate limit waits, at most (the limits count the last hour). */
export const RETRY_AFTER_SECONDS = 3600

/**
 * Medusa's error handler, with three additions: a path whose percent-escapes cannot be decoded (a bare "%" in a lot code,
 * say) is a 400 that says so, not the 500 Express's URIError would otherwise become; an explained conflict keeps its
 * message; a rate limit is a 429 with `Retry-After`.
 */
export const marketplaceErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  const explained = error as { type?: string; code?: string; message?: string }
  if (explained?.type === MedusaError.Types.CONFLICT && explained.code === EXPLAINED_CONFLICT) {
    res.status(409).json({ type: MedusaError.Types.CONFLICT, message: explained.message })
    return
  }
  if (explained?.code === TOO_MANY_REQUESTS) {
    res.setHeader("retry-after", String(RETRY_AFTER_SECONDS))
    res.status(429).json({ type: TOO_MANY_REQUESTS, message: explained.message })
    return
  }
  const cause = error instanceof URIError ? new MedusaError(MedusaError.Types.INVALID_DATA, "The address has a malformed %-escape: write % as %25.") : error
  return medusaErrorHandler(cause, req, res, next)
}
