import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getSellerOrder } from "@/lib/data/seller/orders"
import OrderDetailTemplate from "@/modules/seller/templates/order-detail-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerOrders" })
  return { title: t("detailTitle"), robots: { index: false } }
}

export default async function SellerOrderPage({ params }: Props) {
  const { locale, id } = await params
  const order = await getSellerOrder(id, toAppLocale(locale))
  if (!order) notFound()
  return <OrderDetailTemplate order={order} />
}
