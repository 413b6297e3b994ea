import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getPurchase } from "@/lib/data/purchases"
import PurchaseTemplate from "@/modules/purchases/templates/purchase-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Purchase" })
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function PurchasePage({ params }: Props) {
  const { locale, id } = await params
  const purchase = await getPurchase(id, toAppLocale(locale))
  if (!purchase) notFound()
  return <PurchaseTemplate purchase={purchase} />
}
