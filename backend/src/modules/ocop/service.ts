import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/ocop-certificate"
import { OcopCertificateStatusChange } from "./models/ocop-certificate-status-change"

/** Data access for OCOP certificates and their status history. */
export default class OcopModuleService extends MedusaService({
  OcopCertificate,
  OcopCertificateStatusChange,
}) {}
