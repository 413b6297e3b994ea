import type { NextRequest } from "next/server"
import { uploadSellerDocument } from "@/lib/data/seller/documents"
import { failure } from "@/lib/data/seller/mappers/action-error"

// Certification scans go through here rather than a server action, whose body limit (1 MB) is far below a
// scanned PDF's. The answer is a seller action result: `{ error: null, data: url }` or `{ error }`.

// As server actions do: the Origin's host must be the host the request was sent to (behind a proxy, the forwarded one).
function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin")
  if (origin === null) return true
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

export async function POST(request: NextRequest) {
  // Only the portal's own pages may upload: the session cookie is SameSite=Lax, and the origin is checked too.
  if (!isSameOrigin(request)) return Response.json(failure("not_allowed"), { status: 403 })
  const form = await request.formData().catch(() => null)
  if (!form) return Response.json(failure("invalid_input"), { status: 400 })
  const result = await uploadSellerDocument(form)
  return Response.json(result.error ? result : { error: null, data: result.data.url }, { headers: { "cache-control": "no-store" } })
}
