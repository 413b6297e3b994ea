import type { NextRequest } from "next/server"
import { fetchLotQr } from "@/lib/data/seller/lot-files"

// The lot's QR code for the portal's <img> and download links, fetched with the seller's session on the server
// so the token never reaches the browser.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const format = request.nextUrl.searchParams.get("format") === "png" ? "png" : "svg"
  const result = await fetchLotQr(id, format)
  if (!result.ok) return Response.json({ message: result.message }, { status: result.status })
  return new Response(result.file.body, {
    headers: { "content-type": result.file.contentType, "cache-control": "private, no-store" },
  })
}
