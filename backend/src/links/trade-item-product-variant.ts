import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "../modules/traceability"

/** A GTIN identifies one product variant, and a variant has one GTIN. */
export default defineLink(TraceabilityModule.linkable.tradeItem, ProductModule.linkable.productVariant)
