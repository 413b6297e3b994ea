import type { ReactNode } from "react"
import ShopChrome from "@/modules/layout/templates/shop-chrome"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** Checkout sits in the shop's header and footer, so the shopper keeps the way back to the cart. */
export default async function CheckoutLayout({ children, params }: Props) {
  const { locale } = await params
  return <ShopChrome locale={locale}>{children}</ShopChrome>
}
