import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import TraceabilityModule from "../modules/traceability"

/**
 * The cooperative that owns a GTIN, and through it every lot of that GTIN. Kept on the trade item rather than on
 * each lot: a GTIN belongs to one cooperative, so its lots cannot belong to another.
 */
export default defineLink({ linkable: TraceabilityModule.linkable.tradeItem, isList: true }, CooperativeModule.linkable.cooperative)
