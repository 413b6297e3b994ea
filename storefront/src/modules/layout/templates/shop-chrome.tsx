import type { ReactNode } from "react"
import { isSignedIn } from "@/lib/data/account/customer"
import { getCartItemCount, getCartMergeNotice } from "@/lib/data/cart"
import CartMergeNotice from "@/modules/cart/components/cart-merge-notice"
import SiteFooter from "@/modules/layout/components/site-footer"
import SiteHeader from "@/modules/layout/components/site-header"

/**
 * The shop's header (with the cart count and the account link), main area and footer around a shopper-facing page; right
 * after signing in, the main area first says what came over from the cart the shopper left on another device.
 */
export default async function ShopChrome({ locale, children }: { locale: string; children: ReactNode }) {
  const [cartCount, signedIn, merge] = await Promise.all([getCartItemCount(), isSignedIn(), getCartMergeNotice()])
  return (
    <>
      <SiteHeader cartCount={cartCount} signedIn={signedIn} />
      <main id="main" tabIndex={-1}>
        {merge && <CartMergeNotice notice={merge.notice} cookieName={merge.cookieName} />}
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
