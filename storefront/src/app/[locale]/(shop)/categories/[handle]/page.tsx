import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getCategoryByHandle } from "@/lib/data/categories"
import { parseListingQuery } from "@/lib/data/mappers/listing-query"
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE } from "@/lib/data/mappers/search-query"
import { searchListing } from "@/lib/data/search"
import { isPageOutOfRange, paginate } from "@/lib/util/pagination"
import CategoryTemplate from "@/modules/categories/templates/category-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const category = await getCategoryByHandle(handle, toAppLocale(locale))
  return category ? { title: category.name, description: category.description ?? undefined } : {}
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale: rawLocale, handle } = await params
  const locale = toAppLocale(rawLocale)
  const category = await getCategoryByHandle(handle, locale)
  if (!category) notFound()

  // Sort, filters and page from the URL; the category's products come from the catalogue search with its counts.
  const listing = parseListingQuery(await searchParams)
  if (listing.query.page > MAX_SEARCH_PAGE) notFound()
  const results = await searchListing({ category: category.handle }, listing, locale)
  const pagination = paginate(listing.query.page, results.total, SEARCH_PAGE_SIZE)
  if (isPageOutOfRange(pagination)) notFound()

  return <CategoryTemplate category={category} listing={listing} results={results} pagination={pagination} />
}
