import { useTranslations } from "next-intl"
import type { FairPhaseView } from "@/lib/data/fair-views"
import FairCountdown from "../fair-countdown"
import styles from "./styles.module.css"

type Props = { phase: FairPhaseView; startsAt: string; renderedAt: number }

/** Where the fair stands: a countdown to its opening, "live now", or "ended". */
export default function FairStatus({ phase, startsAt, renderedAt }: Props) {
  const t = useTranslations("Fair")
  if (phase === "upcoming") return <FairCountdown startsAt={startsAt} renderedAt={renderedAt} />
  return (
    <p className={`${styles.status} ${phase === "live" ? styles.live : styles.ended}`} data-testid="fair-status" data-phase={phase}>
      {phase === "live" ? t("liveNow") : t("ended")}
    </p>
  )
}
