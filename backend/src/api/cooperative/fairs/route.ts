import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCooperativeFairs } from "../../../lib/fairs/cooperative-fairs"
import { activeCooperative } from "../active-cooperative"

/** GET /cooperative/fairs — fairs the cooperative can join, with its own booth and featured products where it has one. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ fairs: await listCooperativeFairs(req.scope, activeCooperative(req).id, new Date()) })
}
