"use server"

import { revalidateSellerCooperative, runSellerAction } from "./action-runner"
import { cooperativeFetch, requireActiveMembership } from "./context"
import { failure, type SellerActionResult } from "./mappers/action-error"
import { readCooperativeForm, toCooperativePayload, withOfficialCommune } from "./mappers/cooperative"

/** Saves the active cooperative's profile; bank fields only for owners — `POST /cooperative/profile`. */
export async function updateProfileAction(form: FormData): Promise<SellerActionResult> {
  const values = withOfficialCommune(readCooperativeForm(form))
  if (!values) return failure("commune_not_in_province")
  const result = await runSellerAction("update profile", async () => {
    const active = await requireActiveMembership()
    const body = toCooperativePayload(values, { mode: "update", includeBank: active.role === "owner" })
    await cooperativeFetch<unknown>("/cooperative/profile", { method: "POST", body })
    return null
  })
  if (!result.error) revalidateSellerCooperative()
  return result
}
