import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getFairBySlug, listFairProducts } from "@/lib/data/fairs"
import { parseBoothFilter } from "@/lib/data/mappers/fair"
import FairTemplate from "@/modules/fairs/templates/fair-template"

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const fair = await getFairBySlug(slug, toAppLocale(locale))
  return fair ? { title: fair.name, description: fair.description ?? undefined } : {}
}

export default async function FairPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params
  const locale = toAppLocale(rawLocale)
  const fair = await getFairBySlug(slug, locale)
  if (!fair) notFound()
  // A booth the fair does not have has nothing to show.
  const booth = parseBoothFilter((await searchParams).booth, fair)
  if (!booth.known) notFound()
  const products = await listFairProducts(fair.slug, locale, booth.code)
  return <FairTemplate fair={fair} products={products} booth={booth.code} renderedAt={Date.now()} />
}
