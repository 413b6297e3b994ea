import type { MedusaContainer } from "@medusajs/framework/types"
import { dailyCronAtVietnamTime } from "../modules/ocop/rules/vietnam-day"
import { expireOcopCertificatesWorkflow } from "../workflows/ocop/expire-ocop-certificates"

/** Expires OCOP certificates and sends expiry warnings, once a day. */
export default async function expireOcopCertificates(container: MedusaContainer) {
  await expireOcopCertificatesWorkflow(container).run({ input: { now: new Date().toISOString() } })
}

// Medusa reads a job's cron in the server's time zone; 00:05 in Việt Nam is turned into the server's hour at start-up
// (17:05 on a UTC server). Badges do not wait for the job: they are computed at read time.
export const config = { name: "expire-ocop-certificates", schedule: dailyCronAtVietnamTime(0, 5) }
