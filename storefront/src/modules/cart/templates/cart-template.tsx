import { getTranslations } from "next-intl/server"
import type { CartPageView } from "@/types/views"
import CartGroup from "../components/cart-group"
import CartSummary from "../components/cart-summary"
import EmptyCart from "../components/empty-cart"
import styles from "./cart-template.module.css"

type Props = { page: CartPageView | null }

/** Cart page: lines grouped by cooperative (each with its subtotal and shipping) beside the totals, or the empty state. */
export default async function CartTemplate({ page }: Props) {
  const t = await getTranslations("Cart")
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      {page ? (
        <div className={styles.layout}>
          <div>
            {page.groups.map((group) => (
              <CartGroup key={group.cooperativeHandle ?? "other"} group={group} />
            ))}
          </div>
          <CartSummary subtotalLabel={page.subtotalLabel} shippingLabel={page.shippingLabel} totalLabel={page.totalLabel} estimated={page.estimated} />
        </div>
      ) : (
        <EmptyCart />
      )}
    </div>
  )
}
