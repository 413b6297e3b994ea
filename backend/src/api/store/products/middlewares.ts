import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { STORE_COOPERATIVE_FIELDS } from "../cooperatives/query-config"

/** Public identity fields of the selling cooperative that may be read with a product (listings must show who sells). */
const PRODUCT_COOPERATIVE_FIELDS = ["id", "handle", "name", "short_name", "commune", "province", "phone", "registration_number", "street"].filter(
  (f) => STORE_COOPERATIVE_FIELDS.includes(f)
)

/** Turns `fields=*cooperative` / `+cooperative.name` into query fields, allowing only the public ones. */
export function cooperativeFieldsFor(fieldsParam: unknown): string[] {
  if (typeof fieldsParam !== "string") return []
  const wanted = new Set<string>()
  for (const raw of fieldsParam.split(",")) {
    const field = raw.trim().replace(/^[+-]/, "")
    if (field === "*cooperative" || field === "cooperative" || field === "cooperative.*") PRODUCT_COOPERATIVE_FIELDS.forEach((f) => wanted.add(f))
    else if (field.startsWith("cooperative.") && PRODUCT_COOPERATIVE_FIELDS.includes(field.slice("cooperative.".length))) wanted.add(field.slice(12))
  }
  return [...wanted].map((f) => `cooperative.${f}`)
}

// Medusa validates a core route's fields before project middlewares run, so link fields are added to the prepared query here.
function includeCooperativeFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const extra = cooperativeFieldsFor(req.query.fields)
  if (extra.length && req.queryConfig) req.queryConfig.fields = [...new Set([...req.queryConfig.fields, ...extra])]
  next()
}

export const storeProductMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", method: ["GET"], middlewares: [includeCooperativeFields] },
  { matcher: "/store/products/:id", method: ["GET"], middlewares: [includeCooperativeFields] },
]
