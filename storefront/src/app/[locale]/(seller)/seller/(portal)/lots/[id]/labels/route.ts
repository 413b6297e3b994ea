import type { NextRequest } from "next/server"
import { fetchLotLabels } from "@/lib/data/seller/lot-files"

// The lot's printable label sheet (PDF), fetched with the seller's session; a refused count answers with the
// backend's status and sentence as `{ message }`, which the portal shows beside the button.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const result = await fetchLotLabels(id, request.nextUrl.searchParams.get("count") ?? "")
  if (!result.ok) return Response.json({ message: result.message }, { status: result.status })
  return new Response(result.file.body, {
    headers: {
      "content-type": result.file.contentType,
      "content-disposition": result.file.disposition ?? `attachment; filename="labels-${id}.pdf"`,
      "cache-control": "private, no-store",
    },
  })
}
