import { MedusaService } from "@medusajs/framework/utils"
import { Booth } from "./models/booth"
import { BoothProduct } from "./models/booth-product"
import { Fair } from "./models/fair"
import { FairSale } from "./models/fair-sale"
import { FairVisit } from "./models/fair-visit"
import { TradeLead } from "./models/trade-lead"

/** Data access for trade fairs, their booths, the products booths feature, business buyers' trade leads, and what the report counts. */
export default class FairModuleService extends MedusaService({ Fair, Booth, BoothProduct, TradeLead, FairVisit, FairSale }) {}
