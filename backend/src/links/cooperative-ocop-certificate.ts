import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import OcopModule from "../modules/ocop"

/** The cooperative that holds an OCOP certificate; a cooperative holds many over the years. */
export default defineLink(CooperativeModule.linkable.cooperative, { linkable: OcopModule.linkable.ocopCertificate, isList: true })
