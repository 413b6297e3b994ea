"use server"

import { revalidateSellerCooperative, runSellerAction } from "./action-runner"
import { cooperativeFetch, requireActiveMembership } from "./context"
import type { SellerActionResult } from "./mappers/action-error"
import { readCooperativeForm, toCooperativePayload } from "./mappers/cooperative"

/** Saves the active cooperative's profile; bank fields only for owners — `POST /cooperative/profile`. */
export async function updateProfileAction(form: FormData): Promise<SellerActionResult> {
  const result = await runSellerAction("update profile", async () => {
    const active = await requireActiveMembership()
    const body = toCooperativePayload(readCooperativeForm(form), { mode: "update", includeBank: active.role === "owner" })
    await cooperativeFetch<unknown>("/cooperative/profile", { method: "POST", body })
    return null
  })
  if (!result.error) revalidateSellerCooperative()
  return result
}
