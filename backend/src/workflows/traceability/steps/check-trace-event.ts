import { randomUUID } from "node:crypto"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseEnv } from "../../../lib/env"
import { publicFilesBase } from "../../../lib/file-module"
import { startOfVietnamDay } from "../../../lib/traceability/vietnam-time"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type { NewTraceEvent } from "../../../modules/traceability/service"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { epcisFieldsFor } from "../../../modules/traceability/vocabulary"
import { type TraceEventInput, toE6 } from "../types"

export const CHECK_TRACE_EVENT_STEP = "check-trace-event"

/** How far ahead of the server's clock an event time may be: phones' clocks drift. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000

type LotRow = { id: string; produced_on: string; trade_item?: { cooperative?: { id: string } | null } | null }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Checks an event against its lot (own lot, a time within the lot's life, own photos, a correction of this lot's event) and prepares what will be recorded. */
export const checkTraceEventStep = createStep(
  CHECK_TRACE_EVENT_STEP,
  async (input: { cooperative_id: string; lot_id: string; seller_id: string; event: TraceEventInput }, { container }) => {
    const { event } = input
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "lot",
      fields: ["id", "produced_on", "trade_item.cooperative.id"],
      filters: { id: input.lot_id },
    })
    const lot = data[0] as LotRow | undefined
    if (!lot || lot.trade_item?.cooperative?.id !== input.cooperative_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `This cooperative has no lot with id "${input.lot_id}".`)
    }
    const at = new Date(event.event_time)
    const now = Date.now()
    if (Number.isNaN(at.getTime())) throw invalid("event_time must be a date and time such as 2025-06-14T08:30:00+07:00.")
    if (at < startOfVietnamDay(lot.produced_on)) {
      throw invalid(`The event time is before the lot's production day (${lot.produced_on}): nothing can happen to a lot before it is made.`)
    }
    if (at.getTime() > now + FUTURE_TOLERANCE_MS) throw invalid("The event time is in the future: record an event once it has happened.")
    const base = publicFilesBase(parseEnv(process.env))
    const photos = event.photos ?? []
    const foreign = photos.find((url) => !url.startsWith(base))
    if (foreign) throw invalid(`Photo ${foreign} was not uploaded here: upload photos through /cooperative/uploads.`)
    let correctsId: string | null = null
    if (event.corrects_event_id) {
      const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
      const target = event.corrects_event_id
      const [found] = await service.listTraceEvents(target.startsWith("urn:") ? { event_id: target } : { id: target }, { select: ["id", "lot_id"], take: 1 })
      if (!found || found.lot_id !== lot.id) throw invalid(`Event ${target} is not an event of this lot: a correction names an event of the same lot.`)
      correctsId = found.id
    }
    const prepared: NewTraceEvent = {
      event_id: `urn:uuid:${randomUUID()}`,
      kind: event.kind,
      ...epcisFieldsFor(event.kind, event.result),
      event_time: at.toISOString(),
      place_name: event.place_name ?? null,
      latitude_e6: toE6(event.latitude),
      longitude_e6: toE6(event.longitude),
      note: event.note ?? null,
      photos,
      corrects_event_id: correctsId,
      correction_reason: correctsId ? (event.correction_reason ?? null) : null,
      recorded_by: input.seller_id,
      recorded_at: new Date(now).toISOString(),
    }
    return new StepResponse(prepared)
  }
)
