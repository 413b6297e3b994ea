import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FairModule from "../modules/fair"

/** The product a trade lead asks about, when it was sent from a product. */
export default defineLink({ linkable: FairModule.linkable.tradeLead, isList: true }, ProductModule.linkable.product)
