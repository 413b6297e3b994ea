import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import { fairDatesProblem } from "../../../modules/fair/rules/fair-dates"
import type { FairKind, FairStatus } from "../../../modules/fair/rules/fair-phase"
import type FairModuleService from "../../../modules/fair/service"

/** Id of the step that creates a fair or changes its details. */
export const saveFairStepId = "save-fair"

/** A fair's details as an operator edits them. */
export type FairDetails = {
  slug: string
  name_vi: string
  name_en: string
  description_vi?: string
  description_en?: string
  kind: FairKind
  venue_name?: string | null
  venue_address?: string | null
  starts_at: Date
  ends_at: Date
  application_deadline?: Date | null
  banner_url?: string | null
  organiser: string
}

export type SaveFairInput = { id?: string; details: Partial<FairDetails>; status?: FairStatus }

/** How to undo a save: delete the fair it created, or put back the details it replaced. */
type Undo = { created?: string; restore?: Record<string, unknown> & { id: string } }

const FIELDS = [
  "id",
  "slug",
  "name_vi",
  "name_en",
  "description_vi",
  "description_en",
  "kind",
  "venue_name",
  "venue_address",
  "starts_at",
  "ends_at",
  "application_deadline",
  "banner_url",
  "organiser",
  "status",
] as const

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Creates a fair (a draft) or changes some of its details, refusing (400) what does not add up once merged: an end
 * before the start, a deadline after the start, a fair at a venue without one, a slug another fair has. Undone by
 * deleting the new fair or restoring the old details.
 */
export const saveFairStep = createStep(
  saveFairStepId,
  async (input: SaveFairInput, { container }) => {
    const service = container.resolve<FairModuleService>(FAIR_MODULE)
    const before = input.id ? await service.retrieveFair(input.id, { select: [...FIELDS] }) : null
    const merged = { ...(before ?? {}), ...input.details } as FairDetails
    const dates = fairDatesProblem({ starts_at: new Date(merged.starts_at), ends_at: new Date(merged.ends_at), application_deadline: merged.application_deadline ? new Date(merged.application_deadline) : null })
    if (dates) throw invalid(dates)
    if (merged.kind !== "online" && (!merged.venue_name || !merged.venue_address)) throw invalid("A fair at a venue needs venue_name and venue_address.")
    if (input.details.slug) {
      const [taken] = await service.listFairs({ slug: input.details.slug }, { select: ["id"], withDeleted: true })
      if (taken && taken.id !== input.id) throw invalid(`Another fair already has the slug "${input.details.slug}"; choose another.`)
    }
    if (before) {
      const updated = await service.updateFairs({ id: before.id, ...input.details, ...(input.status ? { status: input.status } : {}) })
      return new StepResponse(updated, { restore: before } as Undo)
    }
    const created = await service.createFairs({ ...(merged as FairDetails), status: "draft" })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<FairModuleService>(FAIR_MODULE)
    if (undo.created) await service.deleteFairs(undo.created)
    if (undo.restore) await service.updateFairs(undo.restore as never)
  }
)
