import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import FairModule from "../modules/fair"

/** The cooperative a trade lead is addressed to. */
export default defineLink({ linkable: FairModule.linkable.tradeLead, isList: true }, CooperativeModule.linkable.cooperative)
