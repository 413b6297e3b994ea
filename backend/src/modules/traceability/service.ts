import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { chainHash, recordedContent, type RecordedTraceEvent } from "../../lib/trace-chain"
import { Lot } from "./models/lot"
import { LotCertification } from "./models/lot-certification"
import { TraceEvent } from "./models/trace-event"
import { TradeItem } from "./models/trade-item"
import type { EpcisEventType, EventKind } from "./vocabulary"

/** An event to append: everything but its place in the chain, which the lot decides. */
export type NewTraceEvent = Omit<RecordedTraceEvent, "lot_id" | "sequence" | "photos" | "kind" | "type"> & { kind: EventKind; type: EpcisEventType; photos: string[] }

type Executor = { execute: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]> }

/** Data access for trade items (GTINs), lots, their certifications and their hash-chained events. */
export default class TraceabilityModuleService extends MedusaService({ TradeItem, Lot, LotCertification, TraceEvent }) {
  /**
   * Appends an event to a lot's chain in one transaction. The lot row is locked first, so appends to one lot
   * run one after another: each new event links to the hash the previous append left, and the lot's head
   * moves with it or not at all.
   */
  @InjectTransactionManager()
  async appendTraceEvent(lotId: string, event: NewTraceEvent, @MedusaContext() sharedContext: Context = {}) {
    const head = await this.lockLot(lotId, sharedContext)
    const record = { ...event, lot_id: lotId, sequence: head.event_count + 1 }
    const hash = chainHash(recordedContent(record), head.head_hash)
    const row = { ...record, event_time: new Date(record.event_time), recorded_at: new Date(record.recorded_at), photos: event.photos as never }
    const [created] = await this.createTraceEvents([{ ...row, prev_hash: head.head_hash, hash }], sharedContext)
    await this.updateLots([{ id: lotId, event_count: record.sequence, head_hash: hash }], sharedContext)
    return created!
  }

  /** Takes the last event off a lot's chain (the undo of an append that a later step rolled back); refuses if it is no longer the last. */
  @InjectTransactionManager()
  async removeLastTraceEvent(lotId: string, eventId: string, @MedusaContext() sharedContext: Context = {}) {
    const head = await this.lockLot(lotId, sharedContext)
    const [event] = await this.listTraceEvents({ id: eventId, lot_id: lotId }, {}, sharedContext)
    if (!event) return
    if (event.hash !== head.head_hash) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the last event of a lot can be taken back.")
    }
    await this.deleteTraceEvents([eventId], sharedContext)
    await this.updateLots([{ id: lotId, event_count: head.event_count - 1, head_hash: event.prev_hash }], sharedContext)
  }

  // Row lock on the lot until the transaction ends; the head is read after the lock, so it is the latest.
  private async lockLot(lotId: string, sharedContext: Context) {
    const manager = sharedContext.transactionManager as Executor
    const [row] = await manager.execute(`SELECT "event_count", "head_hash" FROM "lot" WHERE "id" = ? AND "deleted_at" IS NULL FOR UPDATE`, [lotId])
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lot with id "${lotId}".`)
    return { event_count: Number(row.event_count), head_hash: (row.head_hash as string | null) ?? null }
  }
}
