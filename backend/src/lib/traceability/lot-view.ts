import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { digitalLinkBase } from "../env"
import { digitalLinkFor } from "../gs1/digital-link"
import { type RecordedTraceEvent, toChainLink, verifyChain } from "../trace-chain"
import { cooperativeSku } from "../../workflows/cooperative-product/product-input"
import { LOT_DETAIL_FIELDS, LOT_SUMMARY_FIELDS } from "./lot-fields"
import type { LotEventJson, LotJson } from "./lot-json"

// Rows of query.graph across links are loosely typed; each field read here is checked or converted.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LotRow = Record<string, any>
type EventRow = RecordedTraceEvent & { id: string; prev_hash: string | null; hash: string }

const degrees = (e6: number | null | undefined) => (e6 === null || e6 === undefined ? null : e6 / 1_000_000)
const iso = (value: Date | string) => new Date(value).toISOString()

/** The lot's events, oldest first. */
const eventsOf = (row: LotRow): EventRow[] => [...((row.events ?? []) as EventRow[])].filter(Boolean).sort((a, b) => a.sequence - b.sequence)

/** Whether the lot's chain recomputes from its stored events. */
export function verificationOf(row: LotRow) {
  const result = verifyChain(eventsOf(row).map(toChainLink), { event_count: Number(row.event_count ?? 0), head_hash: row.head_hash ?? null })
  return { verified: result.verified, event_count: result.event_count }
}

function toEventJson(event: EventRow, corrected: Set<string>): LotEventJson {
  return {
    id: event.id,
    event_id: event.event_id,
    kind: event.kind,
    type: event.type,
    action: event.action ?? null,
    biz_step: event.biz_step,
    disposition: event.disposition,
    event_time: iso(event.event_time),
    place_name: event.place_name ?? null,
    latitude: degrees(event.latitude_e6),
    longitude: degrees(event.longitude_e6),
    note: event.note ?? null,
    photos: Array.isArray(event.photos) ? (event.photos as string[]) : [],
    corrects_event_id: event.corrects_event_id ?? null,
    correction_reason: event.correction_reason ?? null,
    declared_erroneous: corrected.has(event.id),
    recorded_at: iso(event.recorded_at),
  }
}

/** The Lot JSON of the shared contract; `events` and `certifications` only for the detail view. */
export function toLotJson(row: LotRow, { detail = true }: { detail?: boolean } = {}): LotJson {
  const item = row.trade_item ?? {}
  const variant = item.product_variant ?? {}
  const product = variant.product ?? {}
  const coop = item.cooperative ?? {}
  const events = eventsOf(row)
  const corrected = new Set(events.flatMap((e) => (e.corrects_event_id ? [e.corrects_event_id] : [])))
  const json: LotJson = {
    id: row.id,
    gtin: item.gtin,
    lot_code: row.lot_code,
    produced_on: row.produced_on,
    expires_on: row.expires_on ?? null,
    quantity: Number(row.quantity),
    unit: row.unit,
    origin: {
      name: row.origin_name,
      commune: row.origin_commune,
      province: row.origin_province,
      latitude: degrees(row.origin_latitude_e6),
      longitude: degrees(row.origin_longitude_e6),
    },
    certifications: detail
      ? ((row.certifications ?? []) as LotRow[]).filter(Boolean).map((c) => ({
          id: c.id,
          kind: c.kind,
          name: c.name ?? null,
          issuer: c.issuer ?? null,
          number: c.number ?? null,
          valid_until: c.valid_until ?? null,
          document_url: c.document_url ?? null,
        }))
      : [],
    product: { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail ?? null },
    variant: { id: variant.id, title: variant.title, sku: cooperativeSku(variant.sku) },
    cooperative: {
      id: coop.id,
      name: coop.name,
      short_name: coop.short_name,
      handle: coop.handle,
      street: coop.street,
      commune: coop.commune,
      province: coop.province,
      phone: coop.phone,
      registration_number: coop.registration_number,
    },
    events: detail ? events.map((e) => toEventJson(e, corrected)) : [],
    verification: verificationOf(row),
    digital_link: digitalLinkFor({ base: digitalLinkBase(), gtin: item.gtin, lot: row.lot_code }),
    created_at: iso(row.created_at),
  }
  return json
}

/** One lot row with everything its JSON needs, or null. */
export async function loadLotRow(scope: MedusaContainer, filters: Record<string, unknown>): Promise<LotRow | null> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "lot", fields: LOT_DETAIL_FIELDS, filters })
  return (data[0] as LotRow | undefined) ?? null
}

/** A lot of the cooperative; another cooperative's lot is "not found", so ids cannot be probed. */
export async function loadCooperativeLotRow(scope: MedusaContainer, cooperativeId: string, lotId: string): Promise<LotRow> {
  const row = await loadLotRow(scope, { id: lotId })
  if (!row || row.trade_item?.cooperative?.id !== cooperativeId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `This cooperative has no lot with id "${lotId}".`)
  return row
}

/** Lot rows by id, for a list page, in the order of the ids. */
export async function loadLotSummaryRows(scope: MedusaContainer, ids: string[]): Promise<LotRow[]> {
  if (!ids.length) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "lot", fields: LOT_SUMMARY_FIELDS, filters: { id: ids } })
  const byId = new Map((data as LotRow[]).map((row) => [row.id as string, row]))
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}
