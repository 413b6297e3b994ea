import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listCategoryProducts } from "@/lib/data/products"
import { isPageOutOfRange, paginate, parsePageParam } from "@/lib/util/pagination"
import CategoryTemplate from "@/modules/categories/templates/category-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<{ page?: string | string[] }>
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

  const page = parsePageParam((await searchParams).page)
  const { items, count } = await listCategoryProducts(category.id, page, locale)
  const pagination = paginate(page, count)
  if (isPageOutOfRange(pagination)) notFound()

  return <CategoryTemplate category={category} products={items} count={count} pagination={pagination} />
}
