import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"

/** Id of the step that stops counting a cancelled order's units. */
export const RELEASE_PRODUCT_SALES_STEP = "release-product-sales"

type Sale = { order_id: string; product_id: string; units: number }

/** Removes an order's counted units; undone by recording them again. */
export const releaseProductSalesStep = createStep(
  RELEASE_PRODUCT_SALES_STEP,
  async ({ order_id }: { order_id: string }, { container }) => {
    const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
    const sales = await search.listProductSales({ order_id }, { select: ["id", "order_id", "product_id", "units"] })
    if (sales.length) await search.deleteProductSales(sales.map((s) => s.id))
    const removed: Sale[] = sales.map(({ order_id, product_id, units }) => ({ order_id, product_id, units: Number(units) }))
    return new StepResponse({ product_ids: [...new Set(removed.map((s) => s.product_id))] }, removed)
  },
  async (removed, { container }) => {
    if (removed?.length) await container.resolve<SearchModuleService>(SEARCH_MODULE).createProductSales(removed)
  }
)
