/** HTTP status of a failed store API call (the SDK's FetchError carries it), if any. */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined
  const status = (error as { status?: unknown }).status
  return typeof status === "number" ? status : undefined
}

/** Whether the store API answered 404, which pages turn into notFound(). */
export function isNotFoundError(error: unknown): boolean {
  return errorStatus(error) === 404
}
