import { z } from "@medusajs/framework/zod"

/** Body of POST /cooperative/members: invite a person by e-mail. */
export const CooperativeInviteMember = z
  .object({
    email: z.string({ error: "E-mail is required." }).trim().toLowerCase().pipe(z.email({ error: "E-mail is not a valid address." })),
    full_name: z.string().trim().min(2).max(120).nullable().optional(),
    role: z.enum(["owner", "staff"], { error: "Role must be owner or staff." }).default("staff"),
  })
  .strict()

export type CooperativeInviteMemberType = z.infer<typeof CooperativeInviteMember>
