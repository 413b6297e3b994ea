import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { expiryDay } from "../../modules/ocop/rules/certificate-terms"
import { changeOcopCertificateStatusWorkflow } from "../../workflows/ocop/change-ocop-certificate-status"
import { submitOcopCertificateWorkflow } from "../../workflows/ocop/submit-ocop-certificate"
import { certificateScanPdf } from "../demo-data/certificate-scan"
import { demoCooperatives } from "../demo-data/cooperatives"
import { planOcopCertificates } from "../demo-data/ocop-certificates"
import { vietnamToday } from "../demo-data/stable-hash"

type Row = { id: string; handle: string; title?: string; name?: string }

/** OCOP certificates for the demo catalogue, entered from the province's register and verified by the operator; once per database. */
export async function seedOcop(container: MedusaContainer): Promise<number> {
  const service = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [, existing] = await service.listAndCountOcopCertificates({}, { take: 1 })
  if (existing > 0) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const plans = planOcopCertificates(demoCooperatives, vietnamToday())
  const { data: coops } = await query.graph({ entity: "cooperative", fields: ["id", "handle", "name"], filters: { handle: demoCooperatives.map((c) => c.handle) } })
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle", "title"], filters: { handle: plans.flatMap((p) => p.product_handles) } })
  const coopByHandle = new Map((coops as Row[]).map((c) => [c.handle, c]))
  const productByHandle = new Map((products as Row[]).map((p) => [p.handle, p]))
  const files = container.resolve(Modules.FILE)
  const { data: operators } = await query.graph({ entity: "user", fields: ["id"], pagination: { take: 1 } })
  const operatorId = (operators[0] as { id: string } | undefined)?.id ?? null

  for (const plan of plans) {
    const coop = coopByHandle.get(plan.cooperative_handle)
    const certified = plan.product_handles.map((h) => productByHandle.get(h)).filter((p): p is Row => !!p)
    if (!coop || !certified.length) continue
    const scan = await certificateScanPdf(plan, coop.name ?? coop.handle, certified.map((p) => p.title ?? p.handle))
    const [file] = await files.createFiles([
      { filename: `ocop-${plan.decision_number.replace(/[^0-9A-Za-z]+/g, "-")}.pdf`, mimeType: "application/pdf", content: scan.toString("base64"), access: "public" },
    ])
    const { result } = await submitOcopCertificateWorkflow(container).run({
      input: {
        cooperative_id: coop.id,
        seller_id: null,
        submission: {
          product_ids: certified.map((p) => p.id),
          stars: plan.stars,
          potential_five_star: plan.potential_five_star,
          product_set: plan.product_set,
          issuing_authority: plan.issuing_authority,
          decision_number: plan.decision_number,
          issued_on: plan.issued_on,
          expires_on: expiryDay(plan.issued_on),
          document_url: file!.url,
        },
      },
    })
    if (plan.status === "verified") {
      await changeOcopCertificateStatusWorkflow(container).run({ input: { id: result.id, action: "verify", actor: { type: "user", id: operatorId } } })
    }
  }
  return plans.length
}
