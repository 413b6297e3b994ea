import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { toAppLocale } from "@/i18n/routing"
import { hasSellerSession } from "@/lib/data/seller/context"
import { getInvitation } from "@/lib/data/seller/invitations"
import { safeSellerNext } from "@/lib/data/seller/mappers/session-token"
import { invitationTokenOf, isInvitationPath } from "@/lib/data/seller/paths"
import RegisterTemplate from "@/modules/seller/templates/register-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerAuth" })
  return { title: t("registerTitle"), robots: { index: false } }
}

// Signed in: register another cooperative. Coming from an invitation: create the person only.
export default async function SellerRegisterPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const next = safeSellerNext((await searchParams).next)
  const signedIn = await hasSellerSession()
  const joining = isInvitationPath(next)
  if (signedIn && joining) redirect({ href: next, locale })
  const invitation = joining ? await getInvitation(invitationTokenOf(next), locale) : null
  const mode = signedIn ? "cooperative" : joining ? "person" : "full"
  return <RegisterTemplate mode={mode} next={next} defaultEmail={invitation?.email ?? ""} />
}
