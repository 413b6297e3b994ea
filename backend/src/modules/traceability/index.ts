import { Module } from "@medusajs/framework/utils"
import TraceabilityModuleService from "./service"

export const TRACEABILITY_MODULE = "traceability"

/** Traceability: GTINs of products, their lots, and each lot's hash-chained history of events. */
export default Module(TRACEABILITY_MODULE, { service: TraceabilityModuleService })
