import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getCollectionByHandle } from "@/lib/data/collections"
import { parseListingQuery } from "@/lib/data/mappers/listing-query"
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE } from "@/lib/data/mappers/search-query"
import { searchListing } from "@/lib/data/search"
import { isPageOutOfRange, paginate } from "@/lib/util/pagination"
import CollectionTemplate from "@/modules/collections/templates/collection-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const collection = await getCollectionByHandle(handle, toAppLocale(locale))
  return collection ? { title: collection.title, description: collection.description ?? undefined } : {}
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const { locale: rawLocale, handle } = await params
  const locale = toAppLocale(rawLocale)
  const collection = await getCollectionByHandle(handle, locale)
  if (!collection) notFound()

  const listing = parseListingQuery(await searchParams)
  if (listing.query.page > MAX_SEARCH_PAGE) notFound()
  const results = await searchListing({ collection: collection.handle }, listing, locale)
  const pagination = paginate(listing.query.page, results.total, SEARCH_PAGE_SIZE)
  if (isPageOutOfRange(pagination)) notFound()

  return <CollectionTemplate collection={collection} listing={listing} results={results} pagination={pagination} />
}
