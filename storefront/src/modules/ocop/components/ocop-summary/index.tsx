import { useTranslations } from "next-intl"
import type { OcopSummaryView } from "@/types/views"
import OcopBadge from "../ocop-badge"
import styles from "./styles.module.css"

type Props = { summary: OcopSummaryView }

/** A cooperative's OCOP standing: its best rating and how many of its products are certified. */
export default function OcopSummary({ summary }: Props) {
  const t = useTranslations("Ocop")
  return (
    <section
      className={styles.summary}
      aria-label={t("cooperativeTitle")}
      data-testid="cooperative-ocop"
      data-best-stars={summary.best.stars}
      data-count={summary.productCount}
    >
      <span className={styles.best}>
        {t("cooperativeBest")} <OcopBadge badge={summary.best} size="md" />
      </span>
      <span data-testid="cooperative-ocop-count">{t("cooperativeCount", { count: summary.productCount })}</span>
    </section>
  )
}
