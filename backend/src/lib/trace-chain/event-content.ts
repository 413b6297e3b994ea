import type { ChainLink } from "./hash-chain"

/** A trace event as it is stored: everything the cooperative recorded, plus where it sits in the lot. */
export type RecordedTraceEvent = {
  lot_id: string
  sequence: number
  event_id: string
  kind: string
  type: string
  action: string | null
  biz_step: string
  disposition: string
  event_time: Date | string
  place_name: string | null
  latitude_e6: number | null
  longitude_e6: number | null
  note: string | null
  photos: unknown
  corrects_event_id: string | null
  correction_reason: string | null
  recorded_by: string
  recorded_at: Date | string
}

const iso = (value: Date | string) => new Date(value).toISOString()

/** The part of an event its hash covers: every recorded field, times as UTC ISO strings, so a change to any of them shows. */
export function recordedContent(event: RecordedTraceEvent): Record<string, unknown> {
  return {
    lot_id: event.lot_id,
    sequence: event.sequence,
    event_id: event.event_id,
    kind: event.kind,
    type: event.type,
    action: event.action ?? null,
    biz_step: event.biz_step,
    disposition: event.disposition,
    event_time: iso(event.event_time),
    place_name: event.place_name ?? null,
    latitude_e6: event.latitude_e6 ?? null,
    longitude_e6: event.longitude_e6 ?? null,
    note: event.note ?? null,
    photos: Array.isArray(event.photos) ? event.photos : [],
    corrects_event_id: event.corrects_event_id ?? null,
    correction_reason: event.correction_reason ?? null,
    recorded_by: event.recorded_by,
    recorded_at: iso(event.recorded_at),
  }
}

/** A stored event as a link of its lot's chain. */
export function toChainLink(event: RecordedTraceEvent & { prev_hash: string | null; hash: string }): ChainLink {
  return { sequence: event.sequence, content: recordedContent(event), prev_hash: event.prev_hash ?? null, hash: event.hash }
}
