import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { SellerFairView } from "@/lib/data/seller/fair-views"
import { sellerFairPath } from "@/lib/data/seller/paths"
import BoothStatus, { FairPhaseBadge } from "../booth-status"
import FairFacts from "../fair-facts"
import styles from "./styles.module.css"

type Props = { fairs: SellerFairView[]; now: number }

/** The fairs a cooperative can join: what, when and where, and where its own booth stands. */
export default function FairList({ fairs, now }: Props) {
  const t = useTranslations("SellerFairs")
  return (
    <ul className={styles.list} data-testid="seller-fair-list">
      {fairs.map((fair) => (
        <li
          key={fair.id}
          className={styles.card}
          data-testid="seller-fair"
          data-id={fair.id}
          data-slug={fair.slug}
          data-phase={fair.phase}
          data-booth-status={fair.booth?.status ?? "none"}
        >
          <div className={styles.top}>
            <Link href={sellerFairPath(fair.id)} className={styles.name} data-testid="seller-fair-link">
              {fair.name}
            </Link>
            <FairPhaseBadge phase={fair.phase} testId="seller-fair-phase" />
          </div>
          <FairFacts fair={fair} now={now} />
          <p className={styles.booth}>
            <span>{t("boothLabel")}:</span> <BoothStatus status={fair.booth?.status ?? null} testId="seller-fair-booth-status" />
            {fair.booth?.code && <strong data-testid="seller-fair-booth-code"> {t("boothCode", { code: fair.booth.code })}</strong>}
          </p>
          {fair.booth?.status === "rejected" && fair.booth.rejectReason && (
            <p className={styles.reason} data-testid="seller-fair-reject-reason">
              {t("rejectReason", { reason: fair.booth.rejectReason })}
            </p>
          )}
          <Link href={sellerFairPath(fair.id)} className={`button ${fair.canApply ? "button-primary" : ""}`} data-testid="seller-fair-open">
            {fair.canApply ? t("openApply") : t("openDetails")}
          </Link>
        </li>
      ))}
    </ul>
  )
}
