import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** The products a certificate rates; a product may appear on several certificates (a renewal, a higher rating). */
export default defineLink({ linkable: OcopModule.linkable.ocopCertificate, isList: true }, { linkable: ProductModule.linkable.product, isList: true })
