import { useTranslations } from "next-intl"
import Thumbnail from "@/modules/common/components/thumbnail"
import type { CartLineView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { lines: CartLineView[] }

/** A cooperative's cart lines, compact: picture, name, quantity and line total. */
export default function CooperativeLines({ lines }: Props) {
  const t = useTranslations("Checkout")
  return (
    <ul className={styles.lines}>
      {lines.map((line) => (
        <li key={line.id} className={styles.line} data-testid="checkout-line">
          <Thumbnail src={line.thumbnail} alt="" fallbackLabel={line.title} size="small" />
          <div className={styles.details}>
            <p className={styles.title} data-testid="checkout-line-title">
              {line.title}
            </p>
            <p className={styles.meta}>
              {line.variantLabel && <span>{line.variantLabel} · </span>}
              {t("shipping.quantity", { quantity: line.quantity })}
            </p>
          </div>
          <p className={styles.total}>{line.totalLabel}</p>
        </li>
      ))}
    </ul>
  )
}
