import "server-only"
import type { AppLocale } from "../../../i18n/routing"
import { cooperativeFetch, getSellerContext } from "./context"
import { toMemberViews } from "./mappers/members"
import type { MemberView } from "./views"

/** The active cooperative's members and pending invitations — `GET /cooperative/members`. */
export async function listMembers(locale: AppLocale): Promise<MemberView[]> {
  const [data, context] = await Promise.all([cooperativeFetch<unknown>("/cooperative/members"), getSellerContext()])
  return toMemberViews(data, context.person.email, locale)
}
