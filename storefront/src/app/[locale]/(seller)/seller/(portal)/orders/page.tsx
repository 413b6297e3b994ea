import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { parseOrderTabParam } from "@/lib/data/seller/mappers/params"
import { listSellerOrders } from "@/lib/data/seller/orders"
import { parsePageParam } from "@/lib/util/pagination"
import OrdersTemplate from "@/modules/seller/templates/orders-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerOrders" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SellerOrdersPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  const query = await searchParams
  const tab = parseOrderTabParam(query.status)
  const page = parsePageParam(query.page)
  const list = await listSellerOrders(tab, page, locale)
  if (page > list.totalPages) notFound()
  return <OrdersTemplate tab={tab} list={list} />
}
