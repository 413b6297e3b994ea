import { model } from "@medusajs/framework/utils"

/** A full reindex and its progress, so every server instance and the admin can follow it. */
export const SearchReindexRun = model
  .define("search_reindex_run", {
    id: model.id({ prefix: "srun" }).primaryKey(),
    provider: model.text(),
    status: model.enum(["running", "done", "failed"]).default("running"),
    total: model.number().default(0),
    indexed: model.number().default(0),
    error: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["started_at"] }])
