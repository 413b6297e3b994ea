import "server-only"
import { communeListOf } from "../communes"
import { cooperativeFetch } from "./context"
import { toCooperativeProfileView } from "./mappers/cooperative"
import type { CooperativeProfileView } from "./views"
import type { CommuneList } from "../commune-views"

/** The active cooperative's profile, with its province's communes for the form — `GET /cooperative/profile`. */
export async function getCooperativeProfile(): Promise<CooperativeProfileView & { communes: CommuneList | null }> {
  const profile = toCooperativeProfileView(await cooperativeFetch<unknown>("/cooperative/profile"))
  return { ...profile, communes: communeListOf(profile.values.province) }
}
