import "server-only"
import { cooperativeFetch } from "./context"
import { toCooperativeProfileView } from "./mappers/cooperative"
import type { CooperativeProfileView } from "./views"

/** The active cooperative's profile — `GET /cooperative/profile`. */
export async function getCooperativeProfile(): Promise<CooperativeProfileView> {
  return toCooperativeProfileView(await cooperativeFetch<unknown>("/cooperative/profile"))
}
