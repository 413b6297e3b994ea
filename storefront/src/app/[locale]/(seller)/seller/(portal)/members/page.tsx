import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { requireActiveMembership } from "@/lib/data/seller/context"
import { listMembers } from "@/lib/data/seller/members"
import MembersTemplate from "@/modules/seller/templates/members-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerMembers" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerMembersPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  const [membership, members] = await Promise.all([requireActiveMembership(), listMembers(locale)])
  return <MembersTemplate members={members} isOwner={membership.role === "owner"} />
}
