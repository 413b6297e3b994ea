import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getFairBySlug, listFairProducts } from "@/lib/data/fairs"
import { fairCategories, filterFairProducts, parseBoothFilter, parseCategoryFilter } from "@/lib/data/mappers/fair"
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
  const [query, all] = await Promise.all([searchParams, listFairProducts(fair.slug, locale)])
  const categories = fairCategories(all, locale)
  // A booth the fair does not have, or a category none of its products is in, has nothing to show.
  const booth = parseBoothFilter(query.booth, fair)
  const category = parseCategoryFilter(query.category, categories)
  if (!booth.known || !category.known) notFound()
  const products = filterFairProducts(all, { booth: booth.code, category: category.handle })
  return <FairTemplate fair={fair} products={products} booth={booth.code} categories={categories} category={category.handle} renderedAt={Date.now()} />
}
