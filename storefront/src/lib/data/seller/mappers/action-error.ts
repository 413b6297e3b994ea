import { errorStatus } from "../../errors"

/** Why a seller action failed; the UI shows `message` when the backend gave one, else `SellerErrors.<code>`. */
export type SellerErrorCode =
  | "invalid_input"
  | "rejected"
  | "not_allowed"
  | "not_found"
  | "invalid_credentials"
  | "email_taken"
  | "no_seller_account"
  | "email_invalid"
  | "password_too_short"
  | "name_required"
  | "reason_too_short"
  | "upload_too_large"
  | "upload_type"
  | "commune_not_in_province"
  | "failed"

export type SellerActionError = { code: SellerErrorCode; message: string | null }

/** What every seller server action returns instead of throwing. */
export type SellerActionResult<T = null> = { error: null; data: T } | { error: SellerActionError; data?: undefined }

/** A failure with a known code, thrown inside the seller data layer. */
export class SellerError extends Error {
  constructor(
    readonly code: SellerErrorCode,
    readonly userMessage: string | null = null
  ) {
    super(userMessage ?? code)
  }
}

function backendMessage(error: unknown): string | null {
  const message = error instanceof Error ? error.message.trim() : ""
  return message === "" ? null : message
}

/**
 * Turns a seller API failure into what the form shows. The contract promises 400/403/404 messages a person
 * can act on, so those are passed through; anything else (5xx, network) gets the fallback code only.
 */
export function toSellerActionError(error: unknown, fallback: SellerErrorCode = "failed"): SellerActionError {
  if (error instanceof SellerError) return { code: error.code, message: error.userMessage }
  switch (errorStatus(error)) {
    case 400:
      return { code: "rejected", message: backendMessage(error) }
    case 403:
      return { code: "not_allowed", message: backendMessage(error) }
    case 404:
      return { code: "not_found", message: backendMessage(error) }
    case 413:
      return { code: "upload_too_large", message: null }
    default:
      return { code: fallback, message: null }
  }
}

/** A failed result with a code and no backend message. */
export function failure(code: SellerErrorCode): { error: SellerActionError } {
  return { error: { code, message: null } }
}
