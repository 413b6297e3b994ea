import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietQrPaymentProviderService from "./service"

/** Provider id `pp_vietqr_vietqr` once registered with the payment module under id "vietqr". */
export const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr"

export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProviderService] })
