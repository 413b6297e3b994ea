import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { parseProductStatusParam, parseSearchParam } from "@/lib/data/seller/mappers/params"
import { listSellerProducts } from "@/lib/data/seller/products"
import { parsePageParam } from "@/lib/util/pagination"
import ProductsTemplate from "@/modules/seller/templates/products-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[]; status?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerProducts" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerProductsPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const query = await searchParams
  const filters = { q: parseSearchParam(query.q), status: parseProductStatusParam(query.status), page: parsePageParam(query.page) }
  const list = await listSellerProducts(filters, locale)
  if (filters.page > list.totalPages) notFound()
  return <ProductsTemplate list={list} q={filters.q} status={filters.status} />
}
