import "server-only"
import { cooperativeFetch } from "./context"
import { toDashboardView } from "./mappers/dashboard"
import type { DashboardView } from "./views"

/** Orders to handle, low stock and the new-cooperative checklist — `GET /cooperative/dashboard`. */
export async function getDashboard(): Promise<DashboardView> {
  return toDashboardView(await cooperativeFetch<unknown>("/cooperative/dashboard"))
}
