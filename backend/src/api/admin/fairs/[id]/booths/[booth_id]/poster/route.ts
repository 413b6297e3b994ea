import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listAdminBooths } from "../../../../../../../lib/fairs/admin-booths"
import { boothPosterPdf } from "../../../../../../../lib/fairs/booth-poster"
import { vietnamDay } from "../../../../../../../lib/fairs/fair-report"
import { storefrontUrl } from "../../../../../../../lib/env"
import { FAIR_MODULE } from "../../../../../../../modules/fair"
import type FairModuleService from "../../../../../../../modules/fair/service"

const dm = (day: string) => day.split("-").slice(1).reverse().join("/")

/** GET /admin/fairs/:id/booths/:booth_id/poster — a printable A4 PDF poster of an approved booth at a fair held at a venue. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fair = await req.scope.resolve<FairModuleService>(FAIR_MODULE).retrieveFair(req.params.id)
  const booth = (await listAdminBooths(req.scope, fair.id)).find((b) => b.id === req.params.booth_id)
  if (!booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No booth "${req.params.booth_id}" in this fair.`)
  if (fair.kind === "online") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This fair is online only; posters are for booths at a venue.")
  if (booth.status !== "approved" || !booth.code) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only an approved booth with a booth code has a poster.")
  const [start, end] = [vietnamDay(fair.starts_at), vietnamDay(fair.ends_at)]
  const pdf = await boothPosterPdf({
    fair_name: fair.name_vi,
    dates: start === end ? `${dm(start)}/${start.slice(0, 4)}` : `${dm(start)} – ${dm(end)}/${end.slice(0, 4)}`,
    venue: fair.venue_name,
    booth_code: booth.code,
    cooperative: booth.cooperative?.name ?? "",
    url: `${storefrontUrl()}/fairs/${fair.slug}/booths/${booth.code}`,
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${fair.slug}-${booth.code}.pdf"`)
  res.send(pdf)
}
