import { model } from "@medusajs/framework/utils"
import { LotCertification } from "./lot-certification"
import { TraceEvent } from "./trace-event"
import { TradeItem } from "./trade-item"

/** A batch of one trade item made on one day at one origin (GS1 AI 10); its events form a hash chain whose head is kept here. */
export const Lot = model
  .define("lot", {
    id: model.id({ prefix: "lot" }).primaryKey(),
    lot_code: model.text(),
    // Days are `YYYY-MM-DD` in Asia/Ho_Chi_Minh, kept as text so no time zone can move them.
    produced_on: model.text(),
    expires_on: model.text().nullable(),
    quantity: model.number(),
    unit: model.text(),
    origin_name: model.text(),
    origin_commune: model.text(),
    origin_province: model.text(),
    // Millionths of a degree: whole numbers keep coordinates exact (a float column would round them).
    origin_latitude_e6: model.number().nullable(),
    origin_longitude_e6: model.number().nullable(),
    event_count: model.number().default(0),
    head_hash: model.text().nullable(),
    trade_item: model.belongsTo(() => TradeItem, { mappedBy: "lots" }),
    certifications: model.hasMany(() => LotCertification, { mappedBy: "lot" }),
    events: model.hasMany(() => TraceEvent, { mappedBy: "lot" }),
  })
  .indexes([
    { on: ["trade_item_id", "lot_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["produced_on"] },
  ])
