import "server-only"
import { communesOf } from "../util/communes"
import type { CommuneList } from "./commune-views"

/** The list a form renders with its first province, so it works before (or without) JavaScript; null for no province. */
export function communeListOf(province: string): CommuneList | null {
  const communes = communesOf(province)
  return communes.length > 0 ? { province: province.normalize("NFC").trim(), communes: [...communes] } : null
}
