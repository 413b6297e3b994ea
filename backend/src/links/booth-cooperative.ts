import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import FairModule from "../modules/fair"

/** The cooperative a booth belongs to; a cooperative has a booth in many fairs. */
export default defineLink({ linkable: FairModule.linkable.booth, isList: true }, CooperativeModule.linkable.cooperative)
