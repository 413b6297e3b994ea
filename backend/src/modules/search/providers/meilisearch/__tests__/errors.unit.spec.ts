import { MedusaError } from "@medusajs/framework/utils"
import { assertSucceeded, meilisearchErrorCode, searchEngineError } from "../errors"

// Shaped as meilisearch 0.62 builds its errors (name, cause, response), without loading the ES module here.
const clientError = (name: string, message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { name, ...extra })
const apiError = (status: number, code: string, message: string) => clientError("MeilisearchApiError", message, { cause: { code, message, type: "x", link: "x" }, response: { status } })

describe("a Meilisearch failure", () => {
  it("becomes a MedusaError naming what to check when the host cannot be reached, without the URL", () => {
    const original = clientError("MeilisearchRequestError", "Request to http://10.0.0.5:7700/indexes/htx_catalog/search has failed", { cause: new TypeError("fetch failed") })
    const error = searchEngineError(original, "search")
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(error.message).toBe("Meilisearch could not be reached to search: check MEILISEARCH_HOST and that the server is running.")
    // Kept for the server's log; Medusa's error handler answers with the type and message only.
    expect(error.cause).toBe(original)
  })

  it("says when a request or a task took too long", () => {
    const timedOut = clientError("MeilisearchRequestError", "Request to http://x has failed", { cause: clientError("MeilisearchRequestTimeOutError", "timeout") })
    expect(searchEngineError(timedOut, "search").message).toBe("Meilisearch did not answer in time when asked to search.")
    expect(searchEngineError(clientError("MeilisearchTaskTimeOutError", "timeout of 120000ms"), "write documents").message).toMatch(/^Meilisearch did not finish in time when asked to write documents/)
  })

  it("points at the API key when Meilisearch refuses it, never repeating the key", () => {
    for (const error of [apiError(403, "invalid_api_key", "The provided API key `s3cret` is invalid."), apiError(401, "missing_authorization_header", "Missing header.")]) {
      const mapped = searchEngineError(error, "search")
      expect(mapped.message).toBe("Meilisearch refused the API key when asked to search: check MEILISEARCH_API_KEY.")
      expect(mapped.message).not.toContain("s3cret")
    }
  })

  it("passes on Meilisearch's own explanation of other refusals", () => {
    const error = apiError(400, "invalid_search_filter", "Attribute `colour` is not filterable.")
    expect(searchEngineError(error, "search").message).toBe("Meilisearch could not search: Attribute `colour` is not filterable.")
    expect(meilisearchErrorCode(error)).toBe("invalid_search_filter")
    expect(meilisearchErrorCode(new Error("x"))).toBeUndefined()
  })

  it("hides the text of anything unexpected, and keeps a MedusaError as it is", () => {
    expect(searchEngineError(new TypeError("secret at /srv/app/x.js:10"), "search").message).toBe("Meilisearch could not search.")
    expect(searchEngineError(null, "search").message).toBe("Meilisearch could not search.")
    const own = new MedusaError(MedusaError.Types.INVALID_DATA, "A price bound must be a whole number of đồng.")
    expect(searchEngineError(own, "search")).toBe(own)
  })
})

describe("a finished task", () => {
  it("passes when it succeeded and fails with Meilisearch's reason otherwise", () => {
    expect(() => assertSucceeded({ status: "succeeded", error: null }, "apply the settings")).not.toThrow()
    const failed = { status: "failed" as const, error: { message: "Index `htx_catalog` not found.", code: "index_not_found", type: "invalid_request", link: "x" } }
    expect(() => assertSucceeded(failed, "apply the settings")).toThrow("Meilisearch could not apply the settings: Index `htx_catalog` not found.")
    expect(() => assertSucceeded({ status: "canceled", error: null }, "write documents")).toThrow("Meilisearch could not write documents: the task was canceled.")
  })
})
