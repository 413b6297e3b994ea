import { fetchLotEpcis } from "@/lib/data/traceability"
import { lotFromRouteParam } from "@/lib/traceability/digital-link"
import { normalizeGtin } from "@/lib/traceability/gtin"
import { lotProblem } from "@/lib/traceability/lot-code"

// A lot's URL asked for as JSON-LD: the middleware has checked the link and rewrites such requests here, the lot
// encoded exactly once; the values travel in the path, read here as route parameters.
export const dynamic = "force-dynamic"

const HEADERS = { vary: "Accept", "cache-control": "no-store" }

type Context = { params: Promise<{ gtin: string; lot: string }> }

export async function GET(_request: Request, { params }: Context) {
  const raw = await params
  const gtin = normalizeGtin(raw.gtin)
  const lot = lotFromRouteParam(raw.lot)
  if ("problem" in gtin || lotProblem(lot) !== null) {
    return Response.json({ type: "invalid_data", message: "Give a valid GTIN and lot code." }, { status: 400, headers: HEADERS })
  }
  const result = await fetchLotEpcis(gtin.gtin, lot)
  if (!result.ok) {
    const type = result.status === 404 ? "not_found" : "invalid_data"
    return Response.json({ type, message: result.message }, { status: result.status, headers: HEADERS })
  }
  return new Response(result.body, { headers: { ...HEADERS, "content-type": "application/ld+json" } })
}
