import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listSellerTradeLeads } from "@/lib/data/seller/trade-leads"
import TradeLeadsTemplate from "@/modules/seller/templates/trade-leads-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerTradeLeads" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerTradeLeadsPage({ params }: Props) {
  const leads = await listSellerTradeLeads(toAppLocale((await params).locale))
  return <TradeLeadsTemplate leads={leads} />
}
