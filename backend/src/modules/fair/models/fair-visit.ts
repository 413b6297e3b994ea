import { model } from "@medusajs/framework/utils"

/** One visit to a fair's page or one of its booths (`booth_code`), counted in the fair's report by day and booth. */
export const FairVisit = model
  .define("fair_visit", {
    id: model.id({ prefix: "fvis" }).primaryKey(),
    fair_id: model.text(),
    booth_code: model.text().nullable(),
  })
  .indexes([{ on: ["fair_id", "created_at"] }])
