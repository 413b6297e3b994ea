import { MedusaService } from "@medusajs/framework/utils"
import { Purchase } from "./models/purchase"

/** Data access for purchases. */
export default class PurchaseModuleService extends MedusaService({ Purchase }) {}
