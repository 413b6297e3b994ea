import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CooperativeModule from "../modules/cooperative"

/** Each cooperative order is one Medusa order, seen from the cooperative's side. */
export default defineLink(OrderModule.linkable.order, CooperativeModule.linkable.cooperativeOrder)
