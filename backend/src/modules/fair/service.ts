import { MedusaService } from "@medusajs/framework/utils"
import { Booth } from "./models/booth"
import { BoothProduct } from "./models/booth-product"
import { Fair } from "./models/fair"
import { TradeLead } from "./models/trade-lead"

/** Data access for trade fairs, their booths, the products booths feature, and business buyers' trade leads. */
export default class FairModuleService extends MedusaService({ Fair, Booth, BoothProduct, TradeLead }) {}
