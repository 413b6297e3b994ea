import type { ReactNode } from "react"
import { getCartItemCount } from "@/lib/data/cart"
import SiteFooter from "@/modules/layout/components/site-footer"
import SiteHeader from "@/modules/layout/components/site-header"

/** The shop's header (with the cart count), main area and footer around a shopper-facing page. */
export default async function ShopChrome({ locale, children }: { locale: string; children: ReactNode }) {
  const cartCount = await getCartItemCount()
  return (
    <>
      <SiteHeader cartCount={cartCount} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
