import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listSellerFairs } from "@/lib/data/seller/fairs"
import FairsTemplate from "@/modules/seller/templates/fairs-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerFairs" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerFairsPage({ params }: Props) {
  const fairs = await listSellerFairs(toAppLocale((await params).locale))
  return <FairsTemplate fairs={fairs} renderedAt={Date.now()} />
}
