import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { MAX_SEARCH_PAGE, parseSearchQuery, SEARCH_PAGE_SIZE } from "@/lib/data/mappers/search-query"
import { searchProducts } from "@/lib/data/search"
import { isPageOutOfRange, paginate } from "@/lib/util/pagination"
import SearchTemplate from "@/modules/search/templates/search-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Search" })
  const { q } = parseSearchQuery(await searchParams)
  // Result pages are endless variations of the catalogue's own pages, so search engines are asked not to index them.
  return { title: q ? t("metaTitleQuery", { q: q.slice(0, 60) }) : t("metaTitle"), description: t("metaDescription"), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const query = parseSearchQuery(await searchParams)
  // The backend pages no further than offset 1000.
  if (query.page > MAX_SEARCH_PAGE) notFound()
  const outcome = await searchProducts(query, locale)
  const total = outcome.ok ? Math.min(outcome.results.total, MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE) : 0
  const pagination = paginate(query.page, total, SEARCH_PAGE_SIZE)
  if (isPageOutOfRange(pagination)) notFound()
  return <SearchTemplate query={query} outcome={outcome} pagination={pagination} />
}
