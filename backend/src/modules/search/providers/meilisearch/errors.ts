import { MedusaError } from "@medusajs/framework/utils"
import type { Task } from "meilisearch" with { "resolution-mode": "import" }

type ClientError = { name?: unknown; message?: unknown; cause?: unknown; response?: { status?: unknown } }

const KEY_REFUSED = new Set(["invalid_api_key", "missing_authorization_header", "missing_master_key"])

/** A MedusaError for the client, keeping the original error as its `cause` for the server's log only. */
export function engineError(message: string, cause?: unknown): MedusaError {
  const error = new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message)
  if (cause !== undefined) error.cause = cause
  return error
}

/** A Meilisearch failure as a MedusaError whose message says what to check; never the key, a URL or a stack. */
export function searchEngineError(error: unknown, action: string): MedusaError {
  if (error instanceof Error && MedusaError.isMedusaError(error)) return error as MedusaError
  // The client's errors are told apart by name: their classes live in an ES module loaded only on first use.
  const e = (error ?? {}) as ClientError
  const fail = (message: string) => engineError(message, error)
  switch (e.name) {
    case "MeilisearchRequestError": {
      const timedOut = (e.cause as ClientError | undefined)?.name === "MeilisearchRequestTimeOutError"
      return fail(
        timedOut
          ? `Meilisearch did not answer in time when asked to ${action}.`
          : `Meilisearch could not be reached to ${action}: check MEILISEARCH_HOST and that the server is running.`
      )
    }
    case "MeilisearchTaskTimeOutError":
      return fail(`Meilisearch did not finish in time when asked to ${action}; it may still complete the work.`)
    case "MeilisearchApiError": {
      const code = meilisearchErrorCode(error)
      const status = e.response?.status
      if (status === 401 || status === 403 || (code !== undefined && KEY_REFUSED.has(code))) {
        return fail(`Meilisearch refused the API key when asked to ${action}: check MEILISEARCH_API_KEY.`)
      }
      return fail(`Meilisearch could not ${action}: ${typeof e.message === "string" ? e.message : String(status)}`)
    }
  }
  return fail(`Meilisearch could not ${action}.`)
}

/** Meilisearch's error code (`index_not_found`, …) of a failed request, if it is one. */
export function meilisearchErrorCode(error: unknown): string | undefined {
  const e = error as ClientError | undefined
  if (e?.name !== "MeilisearchApiError") return undefined
  const code = (e.cause as { code?: unknown } | undefined)?.code
  return typeof code === "string" ? code : undefined
}

/** Throws when a task Meilisearch has finished did not succeed (waiting on a task never throws for that). */
export function assertSucceeded(task: Pick<Task, "status" | "error">, action: string): void {
  if (task.status === "succeeded") return
  throw engineError(`Meilisearch could not ${action}: ${task.error?.message ?? `the task was ${task.status}.`}`)
}
