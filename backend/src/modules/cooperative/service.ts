import { MedusaService } from "@medusajs/framework/utils"
import { Cooperative } from "./models/cooperative"
import { CooperativeMember } from "./models/cooperative-member"
import { CooperativeStatusChange } from "./models/cooperative-status-change"

/** Data access for cooperatives and their members. */
export default class CooperativeModuleService extends MedusaService({ Cooperative, CooperativeMember, CooperativeStatusChange }) {}
