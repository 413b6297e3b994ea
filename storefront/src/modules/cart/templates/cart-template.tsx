import { getTranslations } from "next-intl/server"
import type { CartView } from "@/types/views"
import CartLine from "../components/cart-line"
import CartSummary from "../components/cart-summary"
import EmptyCart from "../components/empty-cart"
import styles from "./cart-template.module.css"

type Props = { cart: CartView | null }

/** Cart page: lines with editable quantities beside the summary, or the empty state. */
export default async function CartTemplate({ cart }: Props) {
  const t = await getTranslations("Cart")
  const hasLines = !!cart && cart.lines.length > 0
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      {hasLines ? (
        <div className={styles.layout}>
          <ul className={styles.lines}>
            {cart.lines.map((line) => (
              <CartLine key={line.id} line={line} />
            ))}
          </ul>
          <CartSummary subtotalLabel={cart.subtotalLabel} />
        </div>
      ) : (
        <EmptyCart />
      )}
    </div>
  )
}
