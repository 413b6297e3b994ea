import { useTranslations } from "next-intl"
import type { FairView } from "@/lib/data/fair-views"
import FairDates from "../fair-dates"
import FairStatus from "../fair-status"
import styles from "./styles.module.css"

type Props = { fair: FairView; renderedAt: number }

/** A fair's name, what it is, where it stands now, when and where it is held, and who organises it. */
export default function FairHeader({ fair, renderedAt }: Props) {
  const t = useTranslations("Fair")
  const tf = useTranslations("Fairs")
  return (
    <header className={styles.header} data-testid="fair-header">
      {fair.bannerUrl && (
        // Plain <img>: banners come from the backend's host, which differs per deployment.
        <img src={fair.bannerUrl} alt={tf("bannerAlt", { name: fair.name })} className={styles.banner} decoding="async" />
      )}
      <h1 className={styles.name} data-testid="fair-name">
        {fair.name}
      </h1>
      <FairStatus phase={fair.phase} startsAt={fair.startsAt} renderedAt={renderedAt} />
      {fair.description && <p className={styles.description}>{fair.description}</p>}
      <dl className={styles.facts}>
        <div>
          <dt>{t("when")}</dt>
          <dd>
            <FairDates startsAt={fair.startsAt} endsAt={fair.endsAt} precision="time" />
          </dd>
        </div>
        <div>
          <dt>{t("where")}</dt>
          <dd data-testid="fair-venue">
            {fair.kind !== "venue" && <span className={styles.line}>{t("online")}</span>}
            {fair.venue && <span className={styles.line}>{fair.venue}</span>}
          </dd>
        </div>
        {fair.organiser && (
          <div>
            <dt>{t("organiser")}</dt>
            <dd data-testid="fair-organiser">{fair.organiser}</dd>
          </div>
        )}
      </dl>
    </header>
  )
}
