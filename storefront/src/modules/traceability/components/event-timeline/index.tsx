import { useTranslations } from "next-intl"
import type { TraceEventView } from "@/lib/data/traceability-views"
import styles from "./styles.module.css"

type Props = {
  events: TraceEventView[]
  /** Test ids of the list and of each step: the shop's page and the seller's page name them differently. */
  testIds: { list: string; item: string }
  emptyText: string
}

/** A lot's history, oldest first: what happened, when (Vietnam time), where, with notes, photos and corrections. */
export default function EventTimeline({ events, testIds, emptyText }: Props) {
  const t = useTranslations("Trace")
  if (events.length === 0) {
    return (
      <p className={styles.empty} data-testid={testIds.list} data-count={0}>
        {emptyText}
      </p>
    )
  }
  return (
    <ol className={styles.timeline} data-testid={testIds.list} data-count={events.length}>
      {events.map((event) => {
        const kind = t(`eventKinds.${event.kind}`)
        return (
          <li
            key={event.id}
            id={`event-${event.id}`}
            className={`${styles.event} ${event.declaredErroneous ? styles.erroneous : ""} ${event.correction ? styles.correcting : ""}`}
            data-testid={testIds.item}
            data-kind={event.kind}
            data-event-id={event.id}
            data-erroneous={event.declaredErroneous ? "true" : undefined}
          >
            <span className={styles.dot} aria-hidden="true" />
            <div className={styles.body}>
              <p className={styles.title}>
                <strong>{kind}</strong>
                {event.result && (
                  <span className={`${styles.badge} ${event.result === "pass" ? styles.pass : styles.fail}`} data-result={event.result}>
                    {t(`inspectionResult.${event.result}`)}
                  </span>
                )}
                {event.declaredErroneous && <span className={`${styles.badge} ${styles.corrected}`}>{t("erroneous")}</span>}
              </p>
              <p className={styles.meta}>
                <time dateTime={event.time}>{event.timeLabel}</time>
                {event.placeName && <span> · {event.placeName}</span>}
                {event.mapHref && (
                  <>
                    {" · "}
                    <a href={event.mapHref} target="_blank" rel="noopener noreferrer">
                      {t("mapLink")}
                    </a>
                  </>
                )}
              </p>
              {event.correction && (
                <div className={styles.correction} data-testid={`${testIds.item}-correction`}>
                  <p>
                    {event.correction.kind && event.correction.timeLabel ? (
                      <a href={`#event-${event.correction.eventId}`}>
                        {t("correction", { kind: t(`eventKinds.${event.correction.kind}`), time: event.correction.timeLabel })}
                      </a>
                    ) : (
                      t("erroneous")
                    )}
                  </p>
                  {event.correction.reason && <p>{t("correctionReason", { reason: event.correction.reason })}</p>}
                </div>
              )}
              {event.declaredErroneous && <p className={styles.erroneousNote}>{t("erroneousNote")}</p>}
              {event.note && <p className={styles.note}>{event.note}</p>}
              {event.photos.length > 0 && (
                <ul className={styles.photos}>
                  {event.photos.map((url, index) => (
                    <li key={url}>
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {/* Plain <img>: photos live on the backend's host, which differs per deployment. */}
                        <img src={url} alt={t("eventPhoto", { kind, index: index + 1 })} loading="lazy" decoding="async" width={96} height={96} />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
