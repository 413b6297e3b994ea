import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import CooperativeModule from "../modules/cooperative"

/** A cooperative's own shipping profile: its products and its shipping options share it, so a cart needs one method per cooperative. */
export default defineLink(CooperativeModule.linkable.cooperative, FulfillmentModule.linkable.shippingProfile)
