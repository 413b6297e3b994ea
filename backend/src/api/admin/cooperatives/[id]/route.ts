import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADMIN_COOPERATIVE_DETAIL_FIELDS } from "../query-config"

type StatusChange = { created_at: string | Date }

/** GET /admin/cooperatives/:id — profile, members and status history (newest first). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cooperative",
    fields: ADMIN_COOPERATIVE_DETAIL_FIELDS,
    filters: { id: req.params.id },
  })
  const cooperative = data[0] as (Record<string, unknown> & { status_changes?: StatusChange[] }) | undefined
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative with id "${req.params.id}".`)
  const history = [...(cooperative.status_changes ?? [])].sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))
  res.json({ cooperative: { ...cooperative, status_changes: history } })
}
