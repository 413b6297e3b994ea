import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { categoryDocument, cooperativeDocument, productDocument } from "../../../lib/search/documents"
import { CATEGORY_SOURCE_FIELDS, COOPERATIVE_SOURCE_FIELDS, PRODUCT_SOURCE_FIELDS, type CategorySourceRow, type CooperativeSourceRow, type ProductSourceRow } from "../../../lib/search/source-rows"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import type { SearchDocument } from "../../../modules/search/types"

export const COLLECT_SEARCH_SOURCES_STEP = "collect-search-sources"

export type SearchChanges = { upsert: SearchDocument[]; remove: string[] }

/** Documents for these products (by id): the visible ones to write, the rest (hidden or gone) to remove. */
export async function productChanges(container: MedusaContainer, productIds: string[], now = new Date()): Promise<SearchChanges & { cooperativeIds: string[] }> {
  if (!productIds.length) return { upsert: [], remove: [], cooperativeIds: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_SOURCE_FIELDS, filters: { id: productIds } })
  const rows = data as ProductSourceRow[]
  const sold = await container.resolve<SearchModuleService>(SEARCH_MODULE).unitsSold(rows.map((r) => r.id))
  const upsert = rows.flatMap((row) => productDocument(row, now, sold.get(row.id)) ?? [])
  const written = new Set(upsert.map((d) => d.id))
  return {
    upsert,
    remove: productIds.filter((id) => !written.has(id)),
    cooperativeIds: [...new Set(rows.flatMap((r) => (r.cooperative ? [r.cooperative.id] : [])))],
  }
}

/** Documents for these cooperatives: approved ones written, others removed. */
export async function cooperativeChanges(container: MedusaContainer, cooperativeIds: string[]): Promise<SearchChanges> {
  if (!cooperativeIds.length) return { upsert: [], remove: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cooperative", fields: COOPERATIVE_SOURCE_FIELDS, filters: { id: cooperativeIds } })
  const upsert = (data as CooperativeSourceRow[]).flatMap((row) => cooperativeDocument(row) ?? [])
  const written = new Set(upsert.map((d) => d.id))
  return { upsert, remove: cooperativeIds.filter((id) => !written.has(id)) }
}

/** Category documents from the visible product count of each category (as the index itself counts them). */
export async function categoryChanges(container: MedusaContainer, countsByHandle: Map<string, number>): Promise<SearchChanges> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: CATEGORY_SOURCE_FIELDS })
  const rows = data as CategorySourceRow[]
  const upsert = rows.flatMap((row) => categoryDocument(row, countsByHandle.get(row.handle) ?? 0) ?? [])
  const written = new Set(upsert.map((d) => d.id))
  return { upsert, remove: rows.map((r) => r.id).filter((id) => !written.has(id)) }
}

/** What changed, as the events name it; every kind is traced back to the products and cooperatives it touches. */
export type CollectSearchSourcesInput = {
  product_ids?: string[]
  variant_ids?: string[]
  inventory_item_ids?: string[]
  inventory_level_ids?: string[]
  reservation_ids?: string[]
  cooperative_ids?: string[]
  certificate_ids?: string[]
  /** Categories and collections renamed or deleted: their products' documents carry their handles and names. */
  category_ids?: string[]
  collection_ids?: string[]
}

type Graph = { graph: (q: Record<string, unknown>) => Promise<{ data: unknown[] }> }

// Walks each kind of change to the ids of the products whose documents it changes.
async function affectedProductIds(query: Graph, input: CollectSearchSourcesInput): Promise<Set<string>> {
  const ids = new Set(input.product_ids ?? [])
  const items = new Set(input.inventory_item_ids ?? [])
  for (const [entity, keys] of [["inventory_level", input.inventory_level_ids], ["reservation_item", input.reservation_ids]] as const) {
    if (!keys?.length) continue
    const { data } = await query.graph({ entity, fields: ["inventory_item_id"], filters: { id: keys }, withDeleted: true })
    for (const row of data as { inventory_item_id?: string }[]) if (row.inventory_item_id) items.add(row.inventory_item_id)
  }
  const add = (rows: unknown[], read: (row: never) => (string | undefined)[]) => rows.forEach((r) => read(r as never).forEach((id) => id && ids.add(id)))
  if (input.variant_ids?.length) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: input.variant_ids }, withDeleted: true })
    add(data, (v: { product_id?: string }) => [v.product_id])
  }
  if (items.size) {
    const { data } = await query.graph({ entity: "inventory_item", fields: ["variants.product_id"], filters: { id: [...items] } })
    add(data, (i: { variants?: ({ product_id?: string } | null)[] }) => (i.variants ?? []).map((v) => v?.product_id))
  }
  if (input.certificate_ids?.length) {
    const { data } = await query.graph({ entity: "ocop_certificate", fields: ["products.id"], filters: { id: input.certificate_ids } })
    add(data, (c: { products?: ({ id: string } | null)[] }) => (c.products ?? []).map((p) => p?.id))
  }
  // Deleted ones too: a category or collection is soft-deleted, and its products must drop its handle.
  for (const [entity, keys] of [["product_category", input.category_ids], ["product_collection", input.collection_ids]] as const) {
    if (!keys?.length) continue
    const { data } = await query.graph({ entity, fields: ["products.id"], filters: { id: keys }, withDeleted: true })
    add(data, (c: { products?: ({ id: string } | null)[] }) => (c.products ?? []).map((p) => p?.id))
  }
  if (input.cooperative_ids?.length) {
    const { data } = await query.graph({ entity: "cooperative", fields: ["products.id"], filters: { id: input.cooperative_ids } })
    add(data, (c: { products?: ({ id: string } | null)[] }) => (c.products ?? []).map((p) => p?.id))
  }
  return ids
}

/** Reads what changed (and every product of a changed cooperative or certificate) and builds their documents. */
export const collectSearchSourcesStep = createStep(COLLECT_SEARCH_SOURCES_STEP, async (input: CollectSearchSourcesInput, { container }) => {
  const productIds = await affectedProductIds(container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Graph, input)
  const products = await productChanges(container, [...productIds])
  const cooperatives = await cooperativeChanges(container, [...new Set([...(input.cooperative_ids ?? []), ...products.cooperativeIds])])
  return new StepResponse({ upsert: [...products.upsert, ...cooperatives.upsert], remove: [...products.remove, ...cooperatives.remove] })
})
