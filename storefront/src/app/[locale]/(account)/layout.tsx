import type { ReactNode } from "react"
import ShopChrome from "@/modules/layout/templates/shop-chrome"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** Account pages sit in the shop's header and footer. */
export default async function AccountLayout({ children, params }: Props) {
  const { locale } = await params
  return <ShopChrome locale={locale}>{children}</ShopChrome>
}
