import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { FairCardView } from "@/lib/data/fair-views"
import { formatDate } from "@/lib/util/date"
import FairDates from "../fair-dates"
import styles from "./styles.module.css"

type Props = { fair: FairCardView }

/** A fair in the list: name, dates, how and where it is held, and a "live now" badge or its opening day. */
export default function FairCard({ fair }: Props) {
  const t = useTranslations("Fairs")
  const locale = useLocale()
  return (
    <article className={styles.card} data-testid="fair-card" data-slug={fair.slug} data-phase={fair.phase}>
      <p className={styles.badgeRow}>
        {fair.phase === "live" ? (
          <span className={`${styles.badge} ${styles.live}`} data-testid="fair-card-live">
            {t("liveBadge")}
          </span>
        ) : fair.phase === "ended" ? (
          <span className={styles.badge}>{t("endedBadge")}</span>
        ) : (
          <span className={`${styles.badge} ${styles.upcoming}`} data-testid="fair-card-starts">
            {t("startsOn", { date: formatDate(fair.startsAt, locale) })}
          </span>
        )}
      </p>
      <h3 className={styles.name}>
        <Link href={`/fairs/${fair.slug}`} className={styles.link} data-testid="fair-card-link">
          {fair.name}
        </Link>
      </h3>
      <FairDates startsAt={fair.startsAt} endsAt={fair.endsAt} className={styles.meta} />
      <p className={styles.meta}>
        {t(`kind.${fair.kind}`)}
        {fair.venue && ` · ${fair.venue}`}
      </p>
    </article>
  )
}
