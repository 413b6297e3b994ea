import "server-only"
import { headers } from "next/headers"
import type { StoreTradeLeadBody } from "./mappers/trade-lead"
import { getSdk } from "./sdk"

/**
 * The visitor's address as the proxy in front of the storefront reported it. Passed on to the backend (which trusts one
 * proxy hop), so its per-address limit counts each visitor rather than the storefront server as one sender.
 */
async function visitorAddress(): Promise<string | null> {
  const h = await headers()
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip")?.trim() || null
}

/** Sends a trade inquiry to a cooperative — `POST /store/trade-leads`; refusals throw the SDK's error (400/404). */
export async function sendTradeLead(body: StoreTradeLeadBody): Promise<void> {
  const address = await visitorAddress()
  await getSdk().client.fetch<{ trade_lead: { received: boolean } }>("/store/trade-leads", {
    method: "POST",
    body,
    ...(address ? { headers: { "x-forwarded-for": address } } : {}),
  })
}
