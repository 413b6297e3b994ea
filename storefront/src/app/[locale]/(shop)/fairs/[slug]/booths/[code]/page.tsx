import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getFairBySlug, listFairProducts } from "@/lib/data/fairs"
import { findBooth } from "@/lib/data/mappers/fair"
import BoothTemplate from "@/modules/fairs/templates/booth-template"

type Props = { params: Promise<{ locale: string; slug: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, slug, code } = await params
  const locale = toAppLocale(rawLocale)
  const fair = await getFairBySlug(slug, locale)
  const booth = fair && findBooth(fair, code)
  if (!fair || !booth) return {}
  const t = await getTranslations({ locale, namespace: "FairBooth" })
  return { title: t("metaTitle", { code: booth.code, name: booth.cooperative.name }), description: fair.name }
}

export default async function BoothPage({ params }: Props) {
  const { locale: rawLocale, slug, code } = await params
  const locale = toAppLocale(rawLocale)
  const fair = await getFairBySlug(slug, locale)
  const booth = fair && findBooth(fair, code)
  if (!fair || !booth) notFound()
  const products = await listFairProducts(fair.slug, locale, booth.code)
  return <BoothTemplate fair={fair} booth={booth} products={products} renderedAt={Date.now()} />
}
