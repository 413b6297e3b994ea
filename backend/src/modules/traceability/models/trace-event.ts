import { model } from "@medusajs/framework/utils"
import { EPCIS_EVENT_TYPES, EVENT_KINDS } from "../vocabulary"
import { Lot } from "./lot"

/** One thing that happened to a lot, append-only: a correction is a new event naming the one it corrects. */
export const TraceEvent = model
  .define("trace_event", {
    id: model.id({ prefix: "trev" }).primaryKey(),
    sequence: model.number(),
    // The EPCIS eventID, `urn:uuid:…`.
    event_id: model.text().unique(),
    kind: model.enum([...EVENT_KINDS]),
    type: model.enum([...EPCIS_EVENT_TYPES]),
    action: model.text().nullable(),
    biz_step: model.text(),
    disposition: model.text(),
    event_time: model.dateTime(),
    place_name: model.text().nullable(),
    // Millionths of a degree, exact, so the hash over them always recomputes.
    latitude_e6: model.number().nullable(),
    longitude_e6: model.number().nullable(),
    note: model.text().nullable(),
    photos: model.json(),
    corrects_event_id: model.text().nullable(),
    correction_reason: model.text().nullable(),
    recorded_by: model.text(),
    recorded_at: model.dateTime(),
    prev_hash: model.text().nullable(),
    hash: model.text(),
    lot: model.belongsTo(() => Lot, { mappedBy: "events" }),
  })
  .indexes([{ on: ["lot_id", "sequence"], unique: true }])
