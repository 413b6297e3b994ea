import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createHmac } from "node:crypto"
import { submitTradeLeadWorkflow } from "../../../workflows/trade-lead/submit-trade-lead"
import type { StoreCreateTradeLeadType } from "./validators"

// The sender's address is kept only as a keyed hash: enough to count, not to know who it was.
const ipHash = (ip: string) => createHmac("sha256", process.env.COOKIE_SECRET ?? "htx-market").update(ip).digest("hex")

/** POST /store/trade-leads — a business buyer's inquiry to a cooperative; the cooperative and the buyer are e-mailed. */
export async function POST(req: MedusaRequest<StoreCreateTradeLeadType>, res: MedusaResponse) {
  const { website, ...lead } = req.validatedBody
  // A filled hidden field is a robot: it is told the same as a person and nothing is kept or sent.
  if (website) {
    res.status(201).json({ trade_lead: { received: true } })
    return
  }
  const { result } = await submitTradeLeadWorkflow(req.scope).run({ input: { ...lead, ip_hash: ipHash(req.ip ?? "unknown"), now: new Date() } })
  res.status(201).json({ trade_lead: { received: true, id: result.id } })
}
