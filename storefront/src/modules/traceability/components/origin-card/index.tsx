import { useTranslations } from "next-intl"
import type { TraceOriginView } from "@/lib/data/traceability-views"
import card from "../card.module.css"

type Props = { origin: TraceOriginView; testId: string }

/** Where the lot was grown or made: the place, its commune and province, and a map when it has coordinates. */
export default function OriginCard({ origin, testId }: Props) {
  const t = useTranslations("Trace")
  const area = [origin.commune, origin.province].filter(Boolean).join(", ")
  return (
    <section className={card.card} aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`} className={card.eyebrow}>
        {t("originTitle")}
      </h2>
      {origin.name && <p className={card.name}>{origin.name}</p>}
      {area && <p className={card.line}>{area}</p>}
      {origin.mapHref && (
        <a href={origin.mapHref} className={card.link} target="_blank" rel="noopener noreferrer" data-testid={`${testId}-map`}>
          {t("originMap")} ↗
        </a>
      )}
    </section>
  )
}
