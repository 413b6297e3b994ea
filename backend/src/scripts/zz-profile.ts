import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SOURCE_FIELDS } from "../lib/search/source-rows"

export default async function profile({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ids } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 4000, order: { id: "ASC" } } })
  const all = ids.map((p: any) => p.id)
  const graph = (productIds: string[], fields = PRODUCT_SOURCE_FIELDS) => query.graph({ entity: "product", fields, filters: { id: productIds } })
  for (const size of [250, 500, 1000, 2000]) {
    const t = performance.now()
    for (let i = 0; i < 4000; i += size) await graph(all.slice(i, i + size))
    console.log(`sequential batches of ${size}: ${(4000 / ((performance.now() - t) / 1000)).toFixed(0)}/s`)
  }
  for (const parallel of [2, 4]) {
    const t = performance.now()
    const size = 500
    const batches = []
    for (let i = 0; i < 4000; i += size) batches.push(all.slice(i, i + size))
    for (let i = 0; i < batches.length; i += parallel) await Promise.all(batches.slice(i, i + parallel).map((b) => graph(b)))
    console.log(`${parallel} parallel batches of 500: ${(4000 / ((performance.now() - t) / 1000)).toFixed(0)}/s`)
  }
  const lean = PRODUCT_SOURCE_FIELDS.filter((f) => !f.startsWith("cooperative.") || f === "cooperative.id").filter((f) => !f.startsWith("categories.") || f === "categories.id")
  const t = performance.now()
  for (let i = 0; i < 4000; i += 500) await graph(all.slice(i, i + 500), lean)
  console.log(`lean fields: ${(4000 / ((performance.now() - t) / 1000)).toFixed(0)}/s`)
}
