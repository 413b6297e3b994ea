import { useTranslations } from "next-intl"
import type { CooperativeStatus as Status } from "@/lib/data/seller/views"
import StatusBadge, { type BadgeTone } from "../status-badge"
import styles from "./styles.module.css"

const TONES: Record<Status, BadgeTone> = { pending: "warn", approved: "good", rejected: "bad", suspended: "bad" }

type Props = { status: Status; reason: string | null }

/** Where the cooperative stands with the marketplace, what that means, and the operator's reason if refused. */
export default function CooperativeStatus({ status, reason }: Props) {
  const t = useTranslations("SellerDashboard")
  return (
    <section className={`${styles.card} ${styles[status]}`} data-testid="seller-coop-status" data-status={status}>
      <h2 className={styles.heading}>
        {t("statusTitle")} <StatusBadge label={t(`status.${status}`)} tone={TONES[status]} status={status} />
      </h2>
      <p className={styles.text}>{t(`statusText.${status}`)}</p>
      {reason && (status === "rejected" || status === "suspended") && (
        <p className={styles.reason} data-testid="seller-coop-status-reason">
          <strong>{t("reason")}</strong> {reason}
        </p>
      )}
    </section>
  )
}
