import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import { salesOfOrders } from "../product-sales"

/** Id of the step that counts a placed purchase's units per product. */
export const RECORD_PRODUCT_SALES_STEP = "record-product-sales"

type OrderRow = { id: string; items?: ({ product_id?: string | null; quantity: BigNumberInput } | null)[] | null }

/** Records the units of each product in each order of a purchase (an order counted once); undone by removing them. */
export const recordProductSalesStep = createStep(
  RECORD_PRODUCT_SALES_STEP,
  async ({ purchase_id }: { purchase_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: purchases } = await query.graph({ entity: "purchase", fields: ["orders.id"], filters: { id: purchase_id } })
    const ids = ((purchases[0] as unknown as { orders?: ({ id: string } | null)[] } | undefined)?.orders ?? []).flatMap((o) => (o ? [o.id] : []))
    if (!ids.length) return new StepResponse({ product_ids: [] as string[] }, [] as string[])
    // The order module fills a line's quantity only when the whole line is asked for, on the order itself.
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.*"], filters: { id: ids } })
    const orders = (data as unknown as OrderRow[]).map((o) => ({
      id: o.id,
      items: (o.items ?? []).flatMap((i) => (i?.product_id ? [{ product_id: i.product_id, quantity: MathBN.convert(i.quantity).toNumber() }] : [])),
    }))
    const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
    const already = new Set((await search.listProductSales({ order_id: ids }, { select: ["order_id"] })).map((s) => s.order_id))
    const rows = salesOfOrders(orders.filter((o) => !already.has(o.id)))
    const created = rows.length ? await search.createProductSales(rows) : []
    return new StepResponse({ product_ids: [...new Set(rows.map((r) => r.product_id))] }, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<SearchModuleService>(SEARCH_MODULE).deleteProductSales(ids)
  }
)
