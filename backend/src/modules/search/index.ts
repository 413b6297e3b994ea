import { Module } from "@medusajs/framework/utils"
import SearchModuleService from "./service"

/** Not "search": Medusa registers its own module under that name. */
export const SEARCH_MODULE = "catalog_search"

export default Module(SEARCH_MODULE, { service: SearchModuleService })
