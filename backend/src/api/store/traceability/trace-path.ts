import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { StoreTraceabilityGtinParams, StoreTraceabilityLotParams } from "./validators"

function read<T extends z.ZodType>(schema: T, params: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(params)
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0]?.message ?? "This traceability address is malformed.")
  return parsed.data
}

/** The GTIN (14 digits) a store traceability path names; 400 with the reason when it is malformed. */
export const gtinPath = (params: Record<string, string>) => read(StoreTraceabilityGtinParams, params)

/** The GTIN and lot code a store traceability path names; 400 with the reason when either is malformed. */
export const lotPath = (params: Record<string, string>) => read(StoreTraceabilityLotParams, params)
