import "server-only"
import { errorStatus } from "../errors"
import { getSdk } from "../sdk"
import { endSellerSession, redirectToLogin } from "./client"
import { requireActiveMembership } from "./context"
import { getSellerToken } from "./session"

/** A file the backend produced, passed on to the browser as it came. */
export type LotFile = { body: ArrayBuffer; contentType: string; disposition: string | null }

/** A file, or the backend's refusal with its status and sentence. */
export type LotFileResult = { ok: true; file: LotFile } | { ok: false; status: number; message: string | null }

// The SDK parses JSON only when JSON is asked for; asking for a file's type returns the raw response.
async function cooperativeFile(path: string, accept: string, query: Record<string, unknown>): Promise<LotFileResult> {
  const active = await requireActiveMembership()
  const token = await getSellerToken()
  if (!token) return redirectToLogin()
  try {
    const response = await getSdk().client.fetch<Response>(path, {
      query,
      headers: { authorization: `Bearer ${token}`, "x-cooperative-id": active.cooperativeId, accept },
      cache: "no-store",
    })
    const file = {
      body: await response.arrayBuffer(),
      contentType: response.headers.get("content-type") ?? accept,
      disposition: response.headers.get("content-disposition"),
    }
    return { ok: true, file }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401) return endSellerSession()
    if (status === undefined || status >= 500) throw error
    const message = error instanceof Error && error.message.trim() !== "" ? error.message : null
    return { ok: false, status, message }
  }
}

/** The QR code of a lot's Digital Link — `GET /cooperative/lots/:id/qr?format=png|svg`. */
export async function fetchLotQr(id: string, format: "png" | "svg"): Promise<LotFileResult> {
  const accept = format === "png" ? "image/png" : "image/svg+xml"
  return cooperativeFile(`/cooperative/lots/${encodeURIComponent(id)}/qr`, accept, { format })
}

/** A PDF sheet of `count` labels; a count out of range gets the backend's sentence — `GET /cooperative/lots/:id/labels`. */
export async function fetchLotLabels(id: string, count: string): Promise<LotFileResult> {
  return cooperativeFile(`/cooperative/lots/${encodeURIComponent(id)}/labels`, "application/pdf", { count })
}
