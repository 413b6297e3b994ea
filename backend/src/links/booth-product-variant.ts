import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FairModule from "../modules/fair"

/** The product variant a booth features at its fair price; a variant can be featured in many fairs. */
export default defineLink({ linkable: FairModule.linkable.boothProduct, isList: true }, ProductModule.linkable.productVariant)
