import { z } from "@medusajs/framework/zod"
import { parseGtin } from "../../../lib/gs1/gtin"
import { lotCodeProblem } from "../../../lib/gs1/lot-code"

/** Path of /store/traceability/01/:gtin: a GTIN-8/12/13/14 with a correct check digit, answered as 14 digits. */
export const StoreTraceabilityGtinParams = z.object({
  gtin: z.string().transform((value, ctx) => {
    const parsed = parseGtin(value)
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.reason })
      return z.NEVER
    }
    return parsed.gtin14
  }),
})
export type StoreTraceabilityGtinParamsType = z.infer<typeof StoreTraceabilityGtinParams>

/** Path of /store/traceability/01/:gtin/10/:lot: the GTIN and a lot code of GS1 character set 82 (percent-decoded). */
export const StoreTraceabilityLotParams = StoreTraceabilityGtinParams.extend({
  lot: z.string().superRefine((value, ctx) => {
    const problem = lotCodeProblem(value)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  }),
})
export type StoreTraceabilityLotParamsType = z.infer<typeof StoreTraceabilityLotParams>

/** Query of the store traceability routes: they take no parameters. */
export const StoreGetTraceability = z.object({}).strict()
export type StoreGetTraceabilityType = z.infer<typeof StoreGetTraceability>
