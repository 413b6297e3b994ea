import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type BoothRow = { id: string; code: string | null; status: string; reject_reason: string | null; created_at: string | Date; cooperative?: { id: string; handle: string; name: string; status: string } | null }

/** A fair's booths for operators: every status, with the cooperative's name and status, by booth code then age. */
export async function listAdminBooths(scope: MedusaContainer, fairId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booth",
    fields: ["id", "code", "status", "reject_reason", "created_at", "cooperative.id", "cooperative.handle", "cooperative.name", "cooperative.status"],
    filters: { fair_id: fairId },
  })
  return (data as unknown as BoothRow[])
    .map((b) => ({ id: b.id, code: b.code, status: b.status, reject_reason: b.reject_reason, created_at: b.created_at, cooperative: b.cooperative ?? null }))
    .sort((a, b) => (a.code ?? "~").localeCompare(b.code ?? "~") || new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
}
