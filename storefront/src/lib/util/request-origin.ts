import "server-only"
import { headers } from "next/headers"

/**
 * The shop's origin as the visitor reached it (the proxy's forwarded host and scheme when there is one), for
 * absolute canonical URLs in page metadata. Null when the request names no host.
 */
export async function requestOrigin(): Promise<URL | null> {
  const h = await headers()
  const first = (name: string) => h.get(name)?.split(",")[0]?.trim() || null
  const host = first("x-forwarded-host") ?? first("host")
  if (!host) return null
  try {
    return new URL(`${first("x-forwarded-proto") ?? "http"}://${host}`)
  } catch {
    return null
  }
}
