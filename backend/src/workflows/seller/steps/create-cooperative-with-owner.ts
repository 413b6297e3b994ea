import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { toHandle, uniqueHandle } from "../../../lib/handle"

export const CREATE_COOPERATIVE_WITH_OWNER_STEP = "create-cooperative-with-owner"

export type CooperativeApplication = {
  name: string
  short_name?: string
  kind: "cooperative" | "cooperative_group" | "cooperative_union"
  registration_number: string
  founded_on?: Date | null
  legal_representative: string
  phone: string
  email: string
  street: string
  commune: string
  province: string
  member_count: number
  sectors?: string[]
  description_vi: string
  description_en?: string
  logo_url?: string | null
  banner_url?: string | null
  bank_bin?: string | null
  bank_account_number?: string | null
  bank_account_holder?: string | null
}

/** Creates a pending cooperative with the applying person as its owner. */
export const createCooperativeWithOwnerStep = createStep(
  CREATE_COOPERATIVE_WITH_OWNER_STEP,
  async (input: { seller_id: string; application: CooperativeApplication }, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const seller = await service.retrieveSeller(input.seller_id)
    const { application } = input
    // Only handles that start like this name's can collide; every one of them is read, archived ones included.
    const base = toHandle(application.short_name ?? application.name) || "htx"
    const similar = await service.listCooperatives({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true, take: null })
    const taken = similar.map((c) => c.handle)
    const cooperative = await service.createCooperatives({
      ...application,
      short_name: application.short_name ?? application.name,
      sectors: application.sectors ?? [],
      description_en: application.description_en ?? "",
      handle: uniqueHandle(application.short_name ?? application.name, taken),
      status: "pending",
    })
    const owner = await service.createCooperativeMembers({
      cooperative_id: cooperative.id,
      seller_id: seller.id,
      email: seller.email,
      full_name: seller.full_name,
      role: "owner",
      status: "active",
    })
    return new StepResponse({ cooperative, owner }, { cooperative_id: cooperative.id, member_id: owner.id })
  },
  async (created, { container }) => {
    if (!created) return
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.deleteCooperativeMembers(created.member_id)
    await service.deleteCooperatives(created.cooperative_id)
  }
)
