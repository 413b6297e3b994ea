import { useTranslations } from "next-intl"
import type { TraceLotView } from "@/lib/data/traceability-views"
import { isKnownUnit } from "../unit-name"
import styles from "./styles.module.css"

type Props = { lot: TraceLotView; testId?: string }

/** What the label says about the lot, the facts Circular 02/2024 asks a consumer lookup to show. */
export default function LotFacts({ lot, testId }: Props) {
  const t = useTranslations("Trace")
  const unit = lot.unit && (isKnownUnit(lot.unit) ? t(`units.${lot.unit}`) : lot.unit)
  const facts = [
    { key: "lot", label: t("lotCode"), value: lot.lotCode },
    { key: "produced", label: t("producedOn"), value: lot.producedLabel },
    { key: "expires", label: t("expiresOn"), value: lot.expiresLabel ?? t("notGiven") },
    { key: "quantity", label: t("quantity"), value: lot.quantityLabel ? [lot.quantityLabel, unit].filter(Boolean).join(" ") : t("notGiven") },
    { key: "gtin", label: t("gtin"), value: lot.gtin },
  ]
  return (
    <dl className={styles.facts} data-testid={testId}>
      {facts.map((fact) => (
        <div key={fact.key} className={styles.fact} data-testid={testId ? `${testId}-${fact.key}` : undefined}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
