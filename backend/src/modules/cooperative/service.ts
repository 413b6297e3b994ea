import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { CooperativeMember } from "./models/cooperative-member"
import { CooperativeOrder } from "./models/cooperative-order"
import { CooperativeStatusChange } from "./models/cooperative-status-change"
import { Seller } from "./models/seller"

/** Data access for cooperatives, the people who work for them, and their side of orders. */
export default class CooperativeModuleService extends MedusaService({
  Cooperative,
  CooperativeMember,
  CooperativeStatusChange,
  CooperativeOrder,
  Seller,
}) {}
