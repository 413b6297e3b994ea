import { defineLink } from "@medusajs/framework/utils"
import PricingModule from "@medusajs/medusa/pricing"
import FairModule from "../modules/fair"

/** The sale price list that carries a fair's prices while it is live. */
export default defineLink(FairModule.linkable.fair, PricingModule.linkable.priceList)
