import { MedusaService } from "@medusajs/framework/utils"
import { Booth } from "./models/booth"
import { BoothProduct } from "./models/booth-product"
import { Fair } from "./models/fair"

/** Data access for trade fairs, their booths and the products booths feature. */
export default class FairModuleService extends MedusaService({ Fair, Booth, BoothProduct }) {}
