import "server-only"
import type { AppLocale } from "../../../i18n/routing"
import { cooperativeFetch } from "./context"
import type { SellerTradeLeadView } from "./fair-views"
import { listSellerFairs } from "./fairs"
import { toSellerTradeLeads } from "./mappers/trade-lead"

/** The cooperative's trade leads, newest first, each named with its fair when the cooperative can still see it — `GET /cooperative/trade-leads`. */
export async function listSellerTradeLeads(locale: AppLocale): Promise<SellerTradeLeadView[]> {
  const [data, fairs] = await Promise.all([cooperativeFetch<unknown>("/cooperative/trade-leads"), listSellerFairs(locale)])
  return toSellerTradeLeads(data, new Map(fairs.map((fair) => [fair.id, fair.name])), locale)
}
