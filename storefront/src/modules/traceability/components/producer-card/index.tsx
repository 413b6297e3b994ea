import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { TraceCooperativeView } from "@/lib/data/traceability-views"
import card from "../card.module.css"

type Props = { cooperative: TraceCooperativeView; testId: string }

/** Who made the lot, with the identity a seller must show: name, address, phone, registration number. */
export default function ProducerCard({ cooperative, testId }: Props) {
  const t = useTranslations("Trace")
  const { name, shortName, handle, address, phone, phoneHref, registrationNumber } = cooperative
  const shown = shortName ?? name
  return (
    <section className={card.card} aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`} className={card.eyebrow}>
        {t("cooperativeTitle")}
      </h2>
      <p className={card.name} data-testid={`${testId}-name`}>
        {handle ? <Link href={`/cooperatives/${handle}`}>{shown}</Link> : shown}
      </p>
      {shown !== name && <p className={card.line}>{name}</p>}
      <dl className={card.list}>
        {address && (
          <div>
            <dt>{t("address")}</dt>
            <dd data-testid={`${testId}-address`}>{address}</dd>
          </div>
        )}
        {phone && (
          <div>
            <dt>{t("phone")}</dt>
            <dd data-testid={`${testId}-phone`}>{phoneHref ? <a href={phoneHref}>{phone}</a> : phone}</dd>
          </div>
        )}
        {registrationNumber && (
          <div>
            <dt>{t("registrationNumber")}</dt>
            <dd data-testid={`${testId}-registration`}>{registrationNumber}</dd>
          </div>
        )}
      </dl>
      {handle && (
        <Link href={`/cooperatives/${handle}`} className={card.link} data-testid={`${testId}-link`}>
          {t("cooperativeProfile")} →
        </Link>
      )}
    </section>
  )
}
