import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PurchaseModule from "../modules/purchase"

/** A purchase holds one order per cooperative; each order belongs to one purchase. */
export default defineLink({ linkable: OrderModule.linkable.order, isList: true }, PurchaseModule.linkable.purchase)
