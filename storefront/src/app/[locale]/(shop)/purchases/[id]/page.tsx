import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getCustomer } from "@/lib/data/account/customer"
import { requireCustomer } from "@/lib/data/account/guard"
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
  if (!purchase) {
    // It may be a shopper's own purchase, opened while signed out: signing in shows it.
    if (!(await getCustomer())) await requireCustomer(`/purchases/${encodeURIComponent(id)}`)
    notFound()
  }
  return <PurchaseTemplate purchase={purchase} />
}
