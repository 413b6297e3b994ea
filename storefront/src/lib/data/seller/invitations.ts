import "server-only"
import type { AppLocale } from "../../../i18n/routing"
import { isNotFoundError } from "../errors"
import { publicSellerFetch } from "./client"
import { toInvitationView } from "./mappers/members"
import type { InvitationView } from "./views"

/** An invitation anyone with its link may read, or null when it is unknown, used or expired (404). */
export async function getInvitation(token: string, locale: AppLocale): Promise<InvitationView | null> {
  try {
    return toInvitationView(await publicSellerFetch<unknown>(`/cooperative/invitations/${encodeURIComponent(token)}`), locale)
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}
