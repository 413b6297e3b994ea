import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { activeCooperative } from "../active-cooperative"
import { listCooperativeProductRows, productState, toProductDetail } from "../products/serialize"
import { newCooperativeChecklist } from "./checklist"

/** A variant at or below this many units is shown as running low. */
export const LOW_STOCK_THRESHOLD = 5

/** What needs the cooperative's attention: orders to handle, stock running low, and the steps of a new cooperative. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const active = activeCooperative(req)
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [cooperative, [, ordersToHandle], products] = await Promise.all([
    service.retrieveCooperative(active.id),
    service.listAndCountCooperativeOrders({ cooperative_id: active.id, state: ["new", "confirmed"] }, { take: 1 }),
    listCooperativeProductRows(req.scope, active.id),
  ])
  const onSale = products.filter((p) => productState(p) === "published")
  const lowStock = onSale.flatMap((p) => {
    const detail = toProductDetail(p)
    return detail.variants
      .filter((v: { stock: number }) => v.stock <= LOW_STOCK_THRESHOLD)
      .map((v: { id: string; title: string; sku: string | null; stock: number }) => ({
        product_id: detail.id,
        variant_id: v.id,
        product_title: detail.title,
        variant_title: v.title,
        sku: v.sku,
        stocked_quantity: v.stock,
      }))
  })
  res.json({
    orders_to_handle: ordersToHandle,
    low_stock: lowStock.sort((a, b) => a.stocked_quantity - b.stocked_quantity),
    checklist: newCooperativeChecklist(cooperative, products.length),
  })
}
