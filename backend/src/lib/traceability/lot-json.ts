/** One event of a lot as the seller and store APIs answer it (oldest first in a lot). */
export type LotEventJson = {
  id: string
  event_id: string
  kind: string
  type: string
  action: string | null
  biz_step: string
  disposition: string
  event_time: string
  place_name: string | null
  latitude: number | null
  longitude: number | null
  note: string | null
  photos: string[]
  corrects_event_id: string | null
  correction_reason: string | null
  declared_erroneous: boolean
  recorded_at: string
}

/** Where a lot was produced. */
export type LotOriginJson = { name: string; commune: string; province: string; latitude: number | null; longitude: number | null }

/** A lot as the seller and store APIs answer it (the shared contract's Lot JSON). */
export type LotJson = {
  id: string
  gtin: string
  lot_code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  unit: string
  origin: LotOriginJson
  certifications: { id: string; kind: string; name: string | null; issuer: string | null; number: string | null; valid_until: string | null; document_url: string | null }[]
  product: { id: string; title: string; handle: string; thumbnail: string | null }
  variant: { id: string; title: string; sku: string | null }
  cooperative: { id: string; name: string; short_name: string; handle: string; street: string; commune: string; province: string; phone: string; registration_number: string }
  events: LotEventJson[]
  verification: { verified: boolean; event_count: number }
  digital_link: string
  created_at: string
}
