"use server"

import { z } from "zod"
import { idSchema, revalidateSellerPages, runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import { failure, type SellerActionResult } from "./mappers/action-error"

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  fullName: z.string().trim().max(120),
  role: z.enum(["owner", "staff"]),
})

/** Invites someone by e-mail to the active cooperative (owners only) — `POST /cooperative/members`. */
export async function inviteMemberAction(input: { email: string; fullName: string; role: "owner" | "staff" }): Promise<SellerActionResult> {
  const parsed = inviteSchema.safeParse(input)
  if (!parsed.success) return failure("email_invalid")
  const { email, fullName, role } = parsed.data
  const result = await runSellerAction("invite member", async () => {
    const body = fullName ? { email, full_name: fullName, role } : { email, role }
    await cooperativeFetch<unknown>("/cooperative/members", { method: "POST", body })
    return null
  })
  if (!result.error) revalidateSellerPages()
  return result
}

/** Removes a member or withdraws an invitation (owners only) — `DELETE /cooperative/members/:id`. */
export async function removeMemberAction(input: { id: string }): Promise<SellerActionResult> {
  const parsed = idSchema.safeParse(input.id)
  if (!parsed.success) return failure("invalid_input")
  const result = await runSellerAction("remove member", async () => {
    await cooperativeFetch<unknown>(`/cooperative/members/${encodeURIComponent(parsed.data)}`, { method: "DELETE" })
    return null
  })
  if (!result.error) revalidateSellerPages()
  return result
}
