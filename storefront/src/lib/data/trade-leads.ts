import "server-only"
import type { StoreTradeLeadBody } from "./mappers/trade-lead"
import { getSdk } from "./sdk"

/** Sends a trade inquiry to a cooperative — `POST /store/trade-leads`; refusals throw the SDK's error (400/404). */
export async function sendTradeLead(body: StoreTradeLeadBody): Promise<void> {
  await getSdk().client.fetch<{ trade_lead: { received: boolean } }>("/store/trade-leads", { method: "POST", body })
}
