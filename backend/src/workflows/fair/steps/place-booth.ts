import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { FAIR_MODULE } from "../../../modules/fair"
import { fairPhase } from "../../../modules/fair/rules/fair-phase"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that gives a cooperative a booth in a fair. */
export const placeBoothStepId = "place-booth"

export type PlaceBoothInput = { fair_id: string; cooperative_id: string; status: "invited" | "applied"; code?: string | null; now: Date }

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Creates a cooperative's booth in a fair (invited by an operator, or applied for by the cooperative) and links it to
 * the cooperative; a cooperative that was invited applies with the booth it has. Refused: a cooperative that is not
 * approved, a second booth for the same cooperative, a fair that is over or archived, an application after the
 * deadline. Undone by removing the booth and its link, or by making the application an invitation again.
 */
export const placeBoothStep = createStep(
  placeBoothStepId,
  async (input: PlaceBoothInput, { container }) => {
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fair = await fairs.retrieveFair(input.fair_id, { select: ["id", "status", "starts_at", "ends_at", "application_deadline"] })
    const phase = fairPhase(fair, new Date(input.now))
    if (phase === "ended" || phase === "archived") throw refuse("This fair is over; it takes no more booths.")
    if (input.status === "applied") {
      if (fair.status !== "open") throw refuse("This fair is not taking applications.")
      if (fair.application_deadline && new Date(input.now).getTime() > new Date(fair.application_deadline).getTime()) {
        throw refuse("Applications for this fair closed at its deadline.")
      }
    }
    const { data: coops } = await query.graph({ entity: "cooperative", fields: ["id", "name", "status"], filters: { id: input.cooperative_id } })
    const coop = coops[0] as { id: string; name: string; status: string } | undefined
    if (!coop) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative with id "${input.cooperative_id}".`)
    if (coop.status !== "approved") throw refuse(`${coop.name} is not an approved cooperative; only approved cooperatives can have a booth.`)
    const { data: existing } = await query.graph({ entity: "booth", fields: ["id", "status", "cooperative.id"], filters: { fair_id: fair.id } })
    const own = (existing as { id: string; status: string; cooperative?: { id: string } | null }[]).find((b) => b.cooperative?.id === coop.id)
    // An invitation is answered by applying: the invited booth becomes the application, keeping any code it was given.
    if (own && own.status === "invited" && input.status === "applied") {
      const booth = await fairs.updateBooths({ id: own.id, status: "applied" })
      return new StepResponse(booth, { booth_id: own.id, cooperative_id: coop.id, was_invited: true })
    }
    if (own) throw refuse(`${coop.name} already has a booth in this fair.`)
    const booth = await fairs.createBooths({ fair_id: fair.id, status: input.status, code: input.code ?? null })
    await container.resolve(ContainerRegistrationKeys.LINK).create({ [FAIR_MODULE]: { booth_id: booth.id }, [COOPERATIVE_MODULE]: { cooperative_id: coop.id } })
    return new StepResponse(booth, { booth_id: booth.id, cooperative_id: coop.id, was_invited: false })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fairs = container.resolve<FairModuleService>(FAIR_MODULE)
    if (undo.was_invited) {
      await fairs.updateBooths({ id: undo.booth_id, status: "invited" })
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({ [FAIR_MODULE]: { booth_id: undo.booth_id }, [COOPERATIVE_MODULE]: { cooperative_id: undo.cooperative_id } })
    await fairs.deleteBooths(undo.booth_id)
  }
)

