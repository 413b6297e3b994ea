import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

/** Each product is sold by exactly one cooperative; a cooperative sells many products. */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, CooperativeModule.linkable.cooperative)
