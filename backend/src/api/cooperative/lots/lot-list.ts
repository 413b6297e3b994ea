import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { foldVietnamese } from "../../../lib/handle"
import { loadLotSummaryRows, toLotJson } from "../../../lib/traceability/lot-view"
import { LOT_LIST_FIELDS, LOT_LIST_TRADE_ITEM_FIELDS } from "./query-config"
import type { CooperativeListLotsType } from "./validators"

type TradeItemRow = { id: string; gtin: string; product_variant?: { title?: string; product?: { id: string; title: string } | null } | null }

/** A page of the cooperative's lots, newest first, for one product or matching a diacritic-insensitive search. */
export async function listCooperativeLots(scope: MedusaContainer, cooperativeId: string, { product_id, q, limit, offset }: CooperativeListLotsType) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: coops } = await query.graph({ entity: "cooperative", fields: LOT_LIST_TRADE_ITEM_FIELDS, filters: { id: cooperativeId } })
  const items = (((coops[0] as { trade_items?: (TradeItemRow | null)[] } | undefined)?.trade_items ?? []) as (TradeItemRow | null)[]).filter(
    (item): item is TradeItemRow => !!item && (!product_id || item.product_variant?.product?.id === product_id)
  )
  if (!items.length) return { lots: [], count: 0, limit, offset }
  const byId = new Map(items.map((item) => [item.id, item]))
  const { data } = await query.graph({
    entity: "lot",
    fields: LOT_LIST_FIELDS,
    filters: { trade_item_id: [...byId.keys()] },
    pagination: { order: { created_at: "DESC" } },
  })
  const needle = q ? foldVietnamese(q) : null
  const matching = (data as { id: string; lot_code: string; trade_item_id: string }[]).filter((lot) => {
    if (!needle) return true
    const item = byId.get(lot.trade_item_id)
    return foldVietnamese(`${lot.lot_code} ${item?.gtin ?? ""} ${item?.product_variant?.product?.title ?? ""} ${item?.product_variant?.title ?? ""}`).includes(needle)
  })
  const rows = await loadLotSummaryRows(scope, matching.slice(offset, offset + limit).map((lot) => lot.id))
  const lots = rows.map((row) => {
    const { events: _events, certifications: _certifications, ...summary } = toLotJson(row, { detail: false })
    return { ...summary, event_count: summary.verification.event_count }
  })
  return { lots, count: matching.length, limit, offset }
}
