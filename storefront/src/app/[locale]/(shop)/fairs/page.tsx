import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listFairsOverview } from "@/lib/data/fairs"
import FairsTemplate from "@/modules/fairs/templates/fairs-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Fairs" })
  return { title: t("metaTitle"), description: t("metaDescription") }
}

export default async function FairsPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  return <FairsTemplate overview={await listFairsOverview(locale)} />
}
