import { useTranslations } from "next-intl"
import type { TraceCertificationView } from "@/lib/data/traceability-views"
import card from "../card.module.css"
import styles from "./styles.module.css"

type Props = { certifications: TraceCertificationView[]; testId: string }

/** The lot's certifications (VietGAP, organic, …) with their numbers, validity and the scanned certificate. */
export default function CertificationList({ certifications, testId }: Props) {
  const t = useTranslations("Trace")
  return (
    <section className={card.card} aria-labelledby={`${testId}-title`} data-testid={testId} data-count={certifications.length}>
      <h2 id={`${testId}-title`} className={card.eyebrow}>
        {t("certificationsTitle")}
      </h2>
      {certifications.length === 0 ? (
        <p className={card.line}>{t("noCertifications")}</p>
      ) : (
        <ul className={styles.list}>
          {certifications.map((c) => (
            <li key={c.id} className={styles.item} data-testid={`${testId}-item`} data-kind={c.kind}>
              <p className={styles.name}>
                <span className={styles.seal} aria-hidden="true">
                  ✓
                </span>
                {c.kind === "other" ? (c.name ?? t("certificationKinds.other")) : t(`certificationKinds.${c.kind}`)}
              </p>
              {c.kind !== "other" && c.name && <p className={styles.detail}>{c.name}</p>}
              {c.number && <p className={styles.detail}>{t("certificationNumber", { number: c.number })}</p>}
              {c.issuer && <p className={styles.detail}>{t("certificationIssuer", { issuer: c.issuer })}</p>}
              {c.validUntilLabel && <p className={styles.detail}>{t("certificationValidUntil", { date: c.validUntilLabel })}</p>}
              {c.documentUrl && (
                <a href={c.documentUrl} className={card.link} target="_blank" rel="noopener noreferrer" data-testid={`${testId}-document`}>
                  {t("certificationDocument")} ↗
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
