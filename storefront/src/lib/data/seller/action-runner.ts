import "server-only"
import { revalidatePath, revalidateTag } from "next/cache"
import { unstable_rethrow } from "next/navigation"
import { z } from "zod"
import { CACHE_TAGS } from "../cache-tags"
import { errorStatus } from "../errors"
import { type SellerActionResult, SellerError, type SellerErrorCode, toSellerActionError } from "./mappers/action-error"

/** The route (with its groups) under which every seller page sits; revalidating it refreshes them all. */
export const SELLER_ROUTE = "/[locale]/(seller)/seller"

/** An id from the portal: a product, order, member or cooperative id. */
export const idSchema = z.string().trim().min(1).max(200)

/**
 * Runs a seller action's work and turns failures into `{ error }`. Redirects (a 401 ending the session, a
 * finished sign-in) pass through; unexpected failures are logged, never shown raw.
 */
export async function runSellerAction<T>(
  label: string,
  work: () => Promise<T>,
  fallback: SellerErrorCode = "failed"
): Promise<SellerActionResult<T>> {
  try {
    return { error: null, data: await work() }
  } catch (error) {
    unstable_rethrow(error)
    const status = errorStatus(error)
    const expected = error instanceof SellerError || (status !== undefined && status < 500)
    if (!expected) console.error(`Seller action failed: ${label}`, error)
    return { error: toSellerActionError(error, fallback) }
  }
}

/** After any change: every seller page shows fresh data (they are never cached across requests anyway). */
export function revalidateSellerPages(): void {
  revalidatePath(SELLER_ROUTE, "layout")
}

/** After a product change: the shop's cached catalogue too. */
export function revalidateSellerProducts(): void {
  revalidateSellerPages()
  revalidateTag(CACHE_TAGS.products)
}

/** After a profile change: the shop's cached cooperative pages too. */
export function revalidateSellerCooperative(): void {
  revalidateSellerPages()
  revalidateTag(CACHE_TAGS.cooperatives)
}
