import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that attributes a purchase's orders to the fairs they were started from. */
export const recordFairSalesStepId = "record-fair-sales"

type Line = { total: BigNumberInput; metadata?: Record<string, unknown> | null }
type OrderRow = { id: string; currency_code: string; items?: (Line | null)[] | null }

/**
 * For each order of the purchase whose lines were added from a fair's pages (line metadata `fair_slug`, `booth_code`),
 * records a sale for that fair: the booth and what those lines came to (what the shopper pays for them, after
 * promotions). An order is recorded once. Undone by removing them.
 */
export const recordFairSalesStep = createStep(
  recordFairSalesStepId,
  async ({ purchase_id }: { purchase_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: purchases } = await query.graph({ entity: "purchase", fields: ["orders.id"], filters: { id: purchase_id } })
    const ids = ((purchases[0] as unknown as { orders?: ({ id: string } | null)[] } | undefined)?.orders ?? []).flatMap((o) => (o ? [o.id] : []))
    if (!ids.length) return new StepResponse([], [] as string[])
    // The order module computes line totals (after promotions) only for whole lines of an order asked for with its own totals.
    const { data } = await query.graph({ entity: "order", fields: ["id", "currency_code", "item_total", "items.*", "items.total"], filters: { id: ids } })
    const orders = data as unknown as OrderRow[]
    const attributed = orders.flatMap((order) => {
      const lines = (order.items ?? []).filter((l): l is Line => typeof l?.metadata?.fair_slug === "string")
      if (!lines.length) return []
      const slug = lines[0]!.metadata!.fair_slug as string
      const mine = lines.filter((l) => l.metadata!.fair_slug === slug)
      const code = mine.find((l) => typeof l.metadata!.booth_code === "string")?.metadata!.booth_code as string | undefined
      const amount = mine.reduce((sum, l) => sum.plus(MathBN.convert(l.total)), MathBN.convert(0))
      return [{ order_id: order.id, currency_code: order.currency_code, slug, booth_code: code?.toUpperCase() ?? null, amount: amount.toNumber() }]
    })
    if (!attributed.length) return new StepResponse([], [] as string[])
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const known = await fairs.listFairs({ slug: [...new Set(attributed.map((a) => a.slug))] }, { select: ["id", "slug"] })
    const fairOf = new Map(known.map((f) => [f.slug, f.id]))
    const already = new Set((await fairs.listFairSales({ order_id: attributed.map((a) => a.order_id) }, { select: ["order_id"] })).map((s) => s.order_id))
    const rows = attributed
      .filter((a) => fairOf.has(a.slug) && !already.has(a.order_id))
      .map(({ slug, ...a }) => ({ ...a, fair_id: fairOf.get(slug)! }))
    const created = rows.length ? await fairs.createFairSales(rows) : []
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<FairModuleService>(FAIR_MODULE).deleteFairSales(ids)
  }
)
