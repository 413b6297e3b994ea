import { z } from "zod"
import type { ChecklistKey, DashboardView } from "../views"
import { list, optionalNumber, optionalString, parseResponse, textOrNull } from "./schema"

const CHECKLIST_KEYS: readonly ChecklistKey[] = ["profile", "bank_account", "first_product", "approved"]

/** `GET /cooperative/dashboard`. */
export const dashboardSchema = z.object({
  orders_to_handle: optionalNumber,
  low_stock: list(
    z.object({
      product_id: z.string(),
      variant_id: z.string(),
      product_title: optionalString,
      variant_title: optionalString,
      sku: optionalString,
      stocked_quantity: optionalNumber,
    })
  ),
  checklist: list(z.object({ key: z.string(), done: z.boolean().nullish() })),
})

/** Maps the dashboard; checklist steps come in the portal's order, and unknown keys are left out. */
export function toDashboardView(data: unknown): DashboardView {
  const raw = parseResponse(dashboardSchema, data, "GET /cooperative/dashboard")
  const done = new Map(raw.checklist.map((item) => [item.key, item.done === true]))
  return {
    ordersToHandle: Math.max(0, raw.orders_to_handle ?? 0),
    lowStock: raw.low_stock
      .map((row) => ({
        productId: row.product_id,
        variantId: row.variant_id,
        productTitle: textOrNull(row.product_title) ?? row.product_id,
        variantTitle: textOrNull(row.variant_title),
        sku: textOrNull(row.sku),
        quantity: row.stocked_quantity ?? 0,
      }))
      .sort((a, b) => a.quantity - b.quantity),
    checklist: CHECKLIST_KEYS.filter((key) => done.has(key)).map((key) => ({ key, done: done.get(key) === true })),
  }
}
