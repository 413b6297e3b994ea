import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { listSellerLots } from "@/lib/data/seller/lots"
import { parseLotProductParam } from "@/lib/data/seller/mappers/lot"
import { parsePageParam } from "@/lib/util/pagination"
import LotsTemplate from "@/modules/seller/templates/lots-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ product_id?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "TraceSeller" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerLotsPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const query = await searchParams
  const filters = { productId: parseLotProductParam(query.product_id), page: parsePageParam(query.page) }
  const list = await listSellerLots(filters, locale)
  if (filters.page > list.totalPages) notFound()
  return <LotsTemplate list={list} productId={filters.productId} />
}
