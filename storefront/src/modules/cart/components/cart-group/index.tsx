import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CartGroupView } from "@/types/views"
import CartLine from "../cart-line"
import styles from "./styles.module.css"

type Props = { group: CartGroupView }

/** One cooperative's lines under its name, with what they come to and its shipping. */
export default async function CartGroup({ group }: Props) {
  const t = await getTranslations("Cart")
  const shipping = group.shippingLabel
    ? group.shippingFrom
      ? t("shippingFrom", { price: group.shippingLabel })
      : group.shippingLabel
    : t("shippingAtCheckout")
  return (
    <section className={styles.group} data-testid="cart-group" data-cooperative={group.cooperativeHandle ?? ""}>
      <h2 className={styles.name}>
        {group.cooperativeHandle && group.cooperativeName ? (
          <Link href={`/cooperatives/${group.cooperativeHandle}`} data-testid="cart-group-name">
            {group.cooperativeName}
          </Link>
        ) : (
          <span data-testid="cart-group-name">{t("otherLines")}</span>
        )}
      </h2>
      <ul className={styles.lines}>
        {group.lines.map((line) => (
          <CartLine key={line.id} line={line} />
        ))}
      </ul>
      <dl className={styles.totals}>
        <div>
          <dt>{t("groupSubtotal")}</dt>
          <dd data-testid="cart-group-subtotal">{group.subtotalLabel}</dd>
        </div>
        <div>
          <dt>{t("groupShipping")}</dt>
          <dd data-testid="cart-group-shipping">{shipping}</dd>
        </div>
      </dl>
    </section>
  )
}
