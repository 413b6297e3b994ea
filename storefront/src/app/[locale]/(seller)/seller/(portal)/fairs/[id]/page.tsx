import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getBoothReport, getSellerFair, listFairVariantOptions } from "@/lib/data/seller/fairs"
import FairDetailTemplate from "@/modules/seller/templates/fair-detail-template"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ applied?: string | string[] }> }

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerFairs" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerFairPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params
  const locale = toAppLocale(raw)
  const fair = await getSellerFair(id, locale)
  if (!fair) notFound()
  // The product list is only read to apply, the figures only for an approved booth.
  const [options, report] = await Promise.all([
    fair.canApply ? listFairVariantOptions(locale) : null,
    fair.booth?.status === "approved" ? getBoothReport(fair.id, locale) : null,
  ])
  return <FairDetailTemplate fair={fair} options={options} report={report} applied={(await searchParams).applied === "1"} renderedAt={Date.now()} />
}
