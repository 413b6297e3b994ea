import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const LEAD_FIELDS = [
  "id",
  "created_at",
  "status",
  "fair_id",
  "booth_code",
  "product_title",
  "quantity",
  "target_market",
  "company",
  "contact_name",
  "email",
  "phone",
  "message",
  "answer",
  "answered_at",
  "cooperative.id",
  "cooperative.handle",
  "cooperative.name",
]

type LeadRow = Record<string, unknown> & { created_at: string | Date; cooperative?: { id: string; handle: string; name: string } | null }

const newestFirst = (a: LeadRow, b: LeadRow) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()

/** Trade leads matching the filters, newest first, each with its cooperative. */
async function listLeads(scope: MedusaContainer, filters: Record<string, unknown>) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "trade_lead", fields: LEAD_FIELDS, filters })
  return (data as unknown as LeadRow[]).sort(newestFirst)
}

/** A cooperative's own trade leads (through the link), newest first. */
export async function listCooperativeLeads(scope: MedusaContainer, cooperativeId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cooperative", fields: ["trade_leads.id"], filters: { id: cooperativeId } })
  const ids = ((data[0] as unknown as { trade_leads?: ({ id: string } | null)[] } | undefined)?.trade_leads ?? []).flatMap((l) => (l ? [l.id] : []))
  return ids.length ? listLeads(scope, { id: ids }) : []
}

/** The trade leads sent from a fair's booths, newest first. */
export const listFairLeads = (scope: MedusaContainer, fairId: string) => listLeads(scope, { fair_id: fairId })
