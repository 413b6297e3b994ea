/** Key of a fulfillment's metadata that holds the carrier a cooperative handed the parcel to. */
export const CARRIER_METADATA_KEY = "carrier"

type Fulfillment = {
  id: string
  shipped_at?: string | Date | null
  canceled_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  labels?: { tracking_number?: string | null }[] | null
}

/** A parcel on its way: who carries it, its tracking code and when it left. */
export type Shipment = { id: string; carrier: string | null; tracking_code: string | null; shipped_at: string | Date }

/** The shipped, not canceled fulfillments of an order, oldest first. */
export function toShipments(fulfillments: Fulfillment[] | null | undefined): Shipment[] {
  return (fulfillments ?? [])
    .filter((f): f is Fulfillment & { shipped_at: string | Date } => !!f.shipped_at && !f.canceled_at)
    .map((f) => ({
      id: f.id,
      carrier: typeof f.metadata?.[CARRIER_METADATA_KEY] === "string" ? (f.metadata[CARRIER_METADATA_KEY] as string) : null,
      tracking_code: f.labels?.[0]?.tracking_number ?? null,
      shipped_at: f.shipped_at,
    }))
    .sort((a, b) => +new Date(a.shipped_at) - +new Date(b.shipped_at))
}

/** Fields of an order's fulfillments that `toShipments` reads. */
export const SHIPMENT_FIELDS = ["fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at", "fulfillments.metadata", "fulfillments.labels.tracking_number"]
