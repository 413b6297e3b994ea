import { Module } from "@medusajs/framework/utils"
import PurchaseModuleService from "./service"

export const PURCHASE_MODULE = "purchase"

/** Purchases: one checkout of a shopper, split into one order per cooperative. */
export default Module(PURCHASE_MODULE, { service: PurchaseModuleService })
