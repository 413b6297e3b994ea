import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { TOO_MANY_REQUESTS } from "../../../api/error-handler"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { FAIR_MODULE } from "../../../modules/fair"
import { LEAD_LIMITS, leadLimitProblem } from "../../../modules/fair/rules/lead-limits"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that records a business buyer's inquiry to a cooperative. */
export const createTradeLeadStepId = "create-trade-lead"

export type CreateTradeLeadInput = {
  cooperative: string
  product_id?: string
  fair_slug?: string
  booth_code?: string
  quantity: string
  target_market: string
  company: string
  contact_name: string
  email: string
  phone?: string
  message: string
  ip_hash: string
  now: Date
}

type Coop = { id: string; name: string; status: string; products?: ({ id: string; title: string; status: string } | null)[] | null }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Records an inquiry to an approved cooperative, about one of its published products if named, and from one of its
 * approved booths if a fair is named; links it to the cooperative (and product). Refused when the sender (address or
 * e-mail) has sent too many in the last hour (429). Undone by removing the lead and its links.
 */
export const createTradeLeadStep = createStep(
  createTradeLeadStepId,
  async (input: CreateTradeLeadInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const since = new Date(new Date(input.now).getTime() - LEAD_LIMITS.window_ms)
    const [[, fromIp], [, fromEmail]] = await Promise.all([
      fairs.listAndCountTradeLeads({ ip_hash: input.ip_hash, created_at: { $gte: since } }, { take: 1, select: ["id"] }),
      fairs.listAndCountTradeLeads({ email: input.email, created_at: { $gte: since } }, { take: 1, select: ["id"] }),
    ])
    const limited = leadLimitProblem({ from_ip: fromIp, from_email: fromEmail })
    if (limited) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, limited, TOO_MANY_REQUESTS)

    const { data } = await query.graph({ entity: "cooperative", fields: ["id", "name", "status", "products.id", "products.title", "products.status"], filters: { handle: input.cooperative } })
    const coop = data[0] as unknown as Coop | undefined
    if (!coop || coop.status !== "approved") throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative "${input.cooperative}".`)
    const product = input.product_id ? (coop.products ?? []).find((p) => !!p && p.id === input.product_id && p.status === "published") : undefined
    if (input.product_id && !product) throw invalid(`${coop.name} sells no product "${input.product_id}".`)
    let fairId: string | null = null
    if (input.fair_slug) {
      const [fair] = await fairs.listFairs({ slug: input.fair_slug, status: ["open", "published"] }, { select: ["id"] })
      if (!fair) throw invalid(`No fair "${input.fair_slug}".`)
      const { data: booths } = await query.graph({ entity: "booth", fields: ["code", "cooperative.id"], filters: { fair_id: fair.id, status: "approved" } })
      const booth = (booths as { code: string | null; cooperative?: { id: string } | null }[]).find((b) => b.cooperative?.id === coop.id && (!input.booth_code || b.code === input.booth_code.toUpperCase()))
      if (!booth) throw invalid(`${coop.name} has no booth${input.booth_code ? ` ${input.booth_code}` : ""} at this fair.`)
      fairId = fair.id
    }
    const { cooperative: _c, product_id: _p, fair_slug: _f, now: _n, ...fields } = input
    const lead = await fairs.createTradeLeads({
      ...fields,
      phone: input.phone ?? null,
      fair_id: fairId,
      booth_code: fairId ? (input.booth_code?.toUpperCase() ?? null) : null,
      product_title: product?.title ?? null,
    })
    const links: LinkDefinition[] = [
      { [FAIR_MODULE]: { trade_lead_id: lead.id }, [COOPERATIVE_MODULE]: { cooperative_id: coop.id } },
      ...(product ? [{ [FAIR_MODULE]: { trade_lead_id: lead.id }, [Modules.PRODUCT]: { product_id: product.id } }] : []),
    ]
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse({ lead, cooperative_id: coop.id }, { id: lead.id, links })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.links)
    await container.resolve<FairModuleService>(FAIR_MODULE).deleteTradeLeads(undo.id)
  }
)
