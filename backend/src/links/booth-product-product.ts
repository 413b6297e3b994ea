import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FairModule from "../modules/fair"

/** The catalogue product a booth features; a product can be featured in many fairs. */
export default defineLink({ linkable: FairModule.linkable.boothProduct, isList: true }, ProductModule.linkable.product)
