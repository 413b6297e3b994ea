import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CooperativeModule from "../modules/cooperative"

/** Where a cooperative keeps its stock and ships from: one location each. */
export default defineLink(CooperativeModule.linkable.cooperative, StockLocationModule.linkable.stockLocation)
