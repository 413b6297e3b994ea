import { useTranslations } from "next-intl"
import type { StockState } from "@/types/views"
import styles from "./styles.module.css"

type Props = { stock: StockState; testId?: string }

/** "In stock", "Only N left" or "Out of stock", coloured by urgency. */
export default function StockLabel({ stock, testId }: Props) {
  const t = useTranslations("Product")
  const text =
    stock.kind === "out" ? t("stockOut") : stock.kind === "low" ? t("stockLow", { count: stock.quantity }) : t("stockIn")
  return (
    <p className={`${styles.stock} ${styles[stock.kind]}`} data-testid={testId} data-stock={stock.kind}>
      {text}
    </p>
  )
}
