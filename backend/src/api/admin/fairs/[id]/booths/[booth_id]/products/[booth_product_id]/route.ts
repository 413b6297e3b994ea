import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAdminBooths } from "../../../../../../../../lib/fairs/admin-booths"
import { withdrawBoothProductWorkflow } from "../../../../../../../../workflows/fair/withdraw-booth-product"

/** DELETE /admin/fairs/:id/booths/:booth_id/products/:booth_product_id — takes a featured product out of a booth. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id, booth_id, booth_product_id } = req.params
  await withdrawBoothProductWorkflow(req.scope).run({ input: { fair_id: id, booth_id, booth_product_id, now: new Date() } })
  const booth = (await listAdminBooths(req.scope, id)).find((b) => b.id === booth_id)
  res.json({ booth })
}
