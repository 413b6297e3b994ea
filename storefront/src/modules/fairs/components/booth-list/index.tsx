import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { FairBoothView } from "@/lib/data/fair-views"
import styles from "./styles.module.css"

type Props = { fairSlug: string; booths: FairBoothView[] }

/** A fair's booths by code, each opening its booth page; the cooperative's place under its name. */
export default function BoothList({ fairSlug, booths }: Props) {
  const t = useTranslations("Fair")
  if (booths.length === 0) return <p className={styles.empty}>{t("boothsEmpty")}</p>
  return (
    <ul className={styles.list} data-testid="fair-booths">
      {booths.map((booth) => (
        <li key={booth.code} className={styles.booth} data-testid="fair-booth" data-code={booth.code}>
          <span className={styles.code}>{booth.code}</span>
          <span className={styles.body}>
            <Link href={`/fairs/${fairSlug}/booths/${booth.code}`} className={styles.link} data-testid="fair-booth-link">
              {booth.cooperative.name}
            </Link>
            {booth.cooperative.place && <span className={styles.place}>{booth.cooperative.place}</span>}
          </span>
        </li>
      ))}
    </ul>
  )
}
