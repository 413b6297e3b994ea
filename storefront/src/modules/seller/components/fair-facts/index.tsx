import { useLocale, useTranslations } from "next-intl"
import type { SellerFairView } from "@/lib/data/seller/fair-views"
import { formatDate } from "@/lib/util/date"
import FairDates from "@/modules/fairs/components/fair-dates"
import styles from "./styles.module.css"

type Props = { fair: SellerFairView; now: number }

/** When, how and where a fair is held and, while it takes applications, until when. */
export default function FairFacts({ fair, now }: Props) {
  const t = useTranslations("SellerFairs")
  const tFairs = useTranslations("Fairs")
  const locale = useLocale()
  const deadlinePassed = fair.deadline !== null && Date.parse(fair.deadline) < now
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{t("when")}</dt>
        <dd>
          <FairDates startsAt={fair.startsAt} endsAt={fair.endsAt} />
        </dd>
      </div>
      <div>
        <dt>{t("kindLabel")}</dt>
        <dd data-testid="seller-fair-kind">{tFairs(`kind.${fair.kind}`)}</dd>
      </div>
      {fair.venue && (
        <div>
          <dt>{t("where")}</dt>
          <dd data-testid="seller-fair-venue">{fair.venue}</dd>
        </div>
      )}
      {fair.phase === "open" && (
        <div>
          <dt>{t("deadline")}</dt>
          <dd data-testid="seller-fair-deadline">
            {fair.deadline ? <time dateTime={fair.deadline}>{formatDate(fair.deadline, locale, { dateStyle: "long", timeStyle: "short" })}</time> : t("noDeadline")}
            {deadlinePassed && <strong className={styles.closed}> · {t("deadlinePassed")}</strong>}
          </dd>
        </div>
      )}
    </dl>
  )
}
