import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { digitalLinkBase } from "../../../lib/env"
import { digitalLinkFor } from "../../../lib/gs1/digital-link"
import { loadLotRow, type LotRow } from "../../../lib/traceability/lot-view"
import { cooperativeSku } from "../../../workflows/cooperative-product/product-input"
import { STORE_LOT_LIST_FIELDS, STORE_TRADE_ITEM_FIELDS } from "./query-config"

// Rows of query.graph across links are loosely typed; each field read here is checked or converted.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>

/** A GTIN's trade item as shoppers may see it: only while its cooperative is approved; 404 otherwise. */
export async function loadPublicTradeItem(scope: MedusaContainer, gtin14: string): Promise<Row> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "trade_item", fields: STORE_TRADE_ITEM_FIELDS, filters: { gtin: gtin14 } })
  const item = data[0] as Row | undefined
  if (!item || item.cooperative?.status !== "approved") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with GTIN ${gtin14} is traced on this marketplace.`)
  }
  return item
}

/** The public view of a trade item and its lots, newest production first. */
export async function tradeItemWithLots(scope: MedusaContainer, gtin14: string) {
  const item = await loadPublicTradeItem(scope, gtin14)
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "lot",
    fields: STORE_LOT_LIST_FIELDS,
    filters: { trade_item_id: item.id },
    pagination: { order: { produced_on: "DESC", created_at: "DESC" } },
  })
  const variant = item.product_variant ?? {}
  const product = variant.product ?? {}
  const { status: _status, ...cooperative } = item.cooperative
  const base = digitalLinkBase()
  return {
    trade_item: {
      gtin: item.gtin,
      product: { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail ?? null },
      variant: { id: variant.id, title: variant.title, sku: cooperativeSku(variant.sku) },
      cooperative,
    },
    lots: (data as Row[]).map((lot) => ({
      lot_code: lot.lot_code,
      produced_on: lot.produced_on,
      expires_on: lot.expires_on ?? null,
      digital_link: digitalLinkFor({ base, gtin: item.gtin, lot: lot.lot_code }),
    })),
  }
}

/** A lot of a public trade item by its code; 404 when the GTIN or the lot is unknown. */
export async function loadPublicLotRow(scope: MedusaContainer, gtin14: string, lotCode: string): Promise<LotRow> {
  const item = await loadPublicTradeItem(scope, gtin14)
  const row = await loadLotRow(scope, { trade_item_id: item.id, lot_code: lotCode })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `GTIN ${gtin14} has no lot "${lotCode}".`)
  return row
}
