import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getCategoryByHandle } from "@/lib/data/categories"
import { parseMinStarsParam } from "@/lib/data/mappers/ocop"
import { listOcopProducts } from "@/lib/data/ocop"
import { listCategoryProducts } from "@/lib/data/products"
import { isPageOutOfRange, paginate, parsePageParam } from "@/lib/util/pagination"
import CategoryTemplate from "@/modules/categories/templates/category-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<{ page?: string | string[]; min_stars?: string | string[] }>
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

  const search = await searchParams
  const page = parsePageParam(search.page)
  // With a star filter only the category's OCOP-certified products are listed, best rated first.
  const minStars = parseMinStarsParam(search.min_stars)
  const { items, count } = minStars
    ? await listOcopProducts({ minStars, sort: "stars_desc", page }, locale, category.id)
    : await listCategoryProducts(category.id, page, locale)
  const pagination = paginate(page, count)
  if (isPageOutOfRange(pagination)) notFound()

  return <CategoryTemplate category={category} products={items} count={count} pagination={pagination} minStars={minStars} />
}
