import { useTranslations } from "next-intl"
import type { OcopBadgeView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { badge: OcopBadgeView; size?: "sm" | "md" }

/**
 * The OCOP mark with its stars, read out as one phrase ("OCOP 4 sao, tiềm năng 5 sao"). `sm` fits a product
 * card; `md` also writes out "potential 5★" for product and traceability pages.
 */
export default function OcopBadge({ badge, size = "sm" }: Props) {
  const t = useTranslations("Ocop")
  const label = badge.potentialFiveStar
    ? t("badgeLabelPotential", { stars: badge.stars })
    : t("badgeLabel", { stars: badge.stars })
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className={`${styles.badge} ${styles[size]}`}
      data-testid="ocop-badge"
      data-stars={badge.stars}
      data-potential={badge.potentialFiveStar ? "true" : "false"}
    >
      <span className={styles.mark} aria-hidden="true">
        OCOP
      </span>
      <span className={styles.stars} aria-hidden="true">
        {"★".repeat(badge.stars)}
        {badge.potentialFiveStar && <span className={styles.potentialStar}>☆</span>}
      </span>
      {size === "md" && badge.potentialFiveStar && (
        <span className={styles.potential} aria-hidden="true">
          {t("potentialShort")}
        </span>
      )}
    </span>
  )
}
