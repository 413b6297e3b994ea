import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { toAppLocale } from "@/i18n/routing"
import { sellerLotLabelsPath, sellerLotQrPath } from "@/lib/data/seller/lot-paths"
import { getSellerLot } from "@/lib/data/seller/lots"
import { toVietnamLocalTime } from "@/lib/data/seller/mappers/lot-payload"
import { localizedPath } from "@/lib/traceability/metadata"
import LotDetailTemplate from "@/modules/seller/templates/lot-detail-template"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string | string[] }> }

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "TraceSeller" })
  return { title: t("detailTitle"), robots: { index: false } }
}

export default async function SellerLotPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params
  const locale = toAppLocale(raw)
  const lot = await getSellerLot(id, locale)
  if (!lot) notFound()
  const file = (href: string) => getPathname({ href, locale })
  return (
    <LotDetailTemplate
      lot={lot}
      created={(await searchParams).created === "1"}
      now={toVietnamLocalTime(new Date())}
      files={{ qrPng: file(sellerLotQrPath(lot.id, "png")), qrSvg: file(sellerLotQrPath(lot.id, "svg")), labels: file(sellerLotLabelsPath(lot.id)) }}
      publicPath={localizedPath(lot.path, locale)}
    />
  )
}
