import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getCartPage } from "@/lib/data/cart"
import CartTemplate from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Cart" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const page = await getCartPage(toAppLocale((await params).locale))
  return <CartTemplate page={page} />
}
