import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getSellerContext, hasSellerSession } from "@/lib/data/seller/context"
import { getInvitation } from "@/lib/data/seller/invitations"
import InvitationTemplate from "@/modules/seller/templates/invitation-template"

type Props = { params: Promise<{ locale: string; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerInvitation" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerInvitationPage({ params }: Props) {
  const { locale, token } = await params
  const invitation = await getInvitation(token, toAppLocale(locale))
  const signedInEmail = (await hasSellerSession()) ? (await getSellerContext()).person.email : null
  return <InvitationTemplate invitation={invitation} token={token} signedInEmail={signedInEmail} />
}
