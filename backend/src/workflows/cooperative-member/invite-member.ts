import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { memberInvitationEmail } from "../../lib/emails/member-invitation"
import { storefrontUrl } from "../../lib/env"
import { createInvitationStep, type CreateInvitationInput } from "./steps/create-invitation"

export const INVITE_MEMBER_WORKFLOW = "invite-cooperative-member"

/** An owner invites a person by e-mail; the e-mail carries a one-time link valid for 7 days. */
export const inviteMemberWorkflow = createWorkflow(
  INVITE_MEMBER_WORKFLOW,
  (input: CreateInvitationInput & { inviter_seller_id: string }) => {
    const { data: cooperatives } = useQueryGraphStep({
      entity: "cooperative",
      fields: ["name"],
      filters: { id: input.cooperative_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "invitation-cooperative" })
    const { data: inviters } = useQueryGraphStep({
      entity: "seller",
      fields: ["full_name"],
      filters: { id: input.inviter_seller_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "invitation-inviter" })
    const invitation = createInvitationStep(
      transform({ input }, ({ input }) => ({ cooperative_id: input.cooperative_id, email: input.email, full_name: input.full_name, role: input.role }))
    )
    const notifications = transform({ invitation, cooperatives, inviters }, ({ invitation, cooperatives, inviters }) => {
      const content = memberInvitationEmail({
        cooperative: (cooperatives[0] as { name: string }).name,
        inviter: (inviters[0] as { full_name: string }).full_name,
        role: invitation.member.role,
        link: `${storefrontUrl()}/seller/invitations/${invitation.token}`,
      })
      return [{ to: invitation.member.email, channel: "email", template: "cooperative-invitation", content, data: { member_id: invitation.member.id } }]
    })
    sendNotificationsStep(notifications)
    return new WorkflowResponse(transform({ invitation }, ({ invitation }) => invitation.member))
  }
)
