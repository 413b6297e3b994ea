import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getCheckout } from "@/lib/data/checkout"
import CheckoutTemplate from "@/modules/checkout/templates/checkout-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params }: Props) {
  const checkout = await getCheckout(toAppLocale((await params).locale))
  return <CheckoutTemplate checkout={checkout} />
}
