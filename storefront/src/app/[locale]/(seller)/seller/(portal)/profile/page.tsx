import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { requireActiveMembership } from "@/lib/data/seller/context"
import { getCooperativeProfile } from "@/lib/data/seller/profile"
import ProfileTemplate from "@/modules/seller/templates/profile-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerProfile" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerProfilePage() {
  const [membership, profile] = await Promise.all([requireActiveMembership(), getCooperativeProfile()])
  return <ProfileTemplate profile={profile} isOwner={membership.role === "owner"} />
}
