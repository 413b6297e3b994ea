import type { ReactNode } from "react"
import { isSignedIn } from "@/lib/data/account/customer"
import { getCartItemCount } from "@/lib/data/cart"
import SiteFooter from "@/modules/layout/components/site-footer"
import SiteHeader from "@/modules/layout/components/site-header"

/** The shop's header (with the cart count and the account link), main area and footer around a shopper-facing page. */
export default async function ShopChrome({ locale, children }: { locale: string; children: ReactNode }) {
  const [cartCount, signedIn] = await Promise.all([getCartItemCount(), isSignedIn()])
  return (
    <>
      <SiteHeader cartCount={cartCount} signedIn={signedIn} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
