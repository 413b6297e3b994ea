import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getSellerContext } from "@/lib/data/seller/context"
import { getDashboard } from "@/lib/data/seller/dashboard"
import DashboardTemplate from "@/modules/seller/templates/dashboard-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerDashboard" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerDashboardPage() {
  const { active } = await getSellerContext()
  const dashboard = active ? await getDashboard() : null
  return <DashboardTemplate active={active} dashboard={dashboard} />
}
