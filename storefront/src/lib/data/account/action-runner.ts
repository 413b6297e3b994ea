import "server-only"
import { revalidatePath } from "next/cache"
import { unstable_rethrow } from "next/navigation"
import type { AccountActionResult, AccountErrorCode } from "../account-views"
import { errorStatus } from "../errors"

/** A failure with a code the account pages can show, thrown inside the account data layer. */
export class AccountError extends Error {
  constructor(readonly code: AccountErrorCode) {
    super(code)
  }
}

/** Runs an account action's work and turns failures into `{ error }`; redirects pass through, unexpected failures are logged, never shown raw. */
export async function runAccountAction<T>(label: string, work: () => Promise<T>, fallback: AccountErrorCode = "failed"): Promise<AccountActionResult<T>> {
  try {
    const data = await work()
    // The header (signed in or not, cart count) is on every page.
    revalidatePath("/", "layout")
    return { error: null, data }
  } catch (error) {
    unstable_rethrow(error)
    if (error instanceof AccountError) return { error: error.code }
    const status = errorStatus(error)
    if (status === 401) return { error: "signed_out" }
    if (status === 404) return { error: "not_found" }
    if (status === undefined || status >= 500) console.error(`Account action failed: ${label}`, error)
    return { error: fallback }
  }
}

const NEXT_PATH = /^\/(account|checkout|cart|purchases)(\/[\w-]+)*$/

/** A `?next=` target inside the shop's account, cart, checkout or purchase pages, or null; anything else could lead off-site. */
export function safeAccountNext(raw: unknown): string | null {
  return typeof raw === "string" && raw.length <= 200 && NEXT_PATH.test(raw) ? raw : null
}
