import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime } from "../../lib/cooperatives"
import type { OcopHistoryEntry } from "../../lib/ocop-certificates"
import { CertificateStatusBadge } from "./certificate-status-badge"

/** Who changed the certificate's status, when and why, in the order the backend gives. */
export const CertificateHistory = ({ entries }: { entries: OcopHistoryEntry[] }) => {
  const { t, i18n } = useTranslation()
  return (
    <section className="px-6 py-4" data-testid="ocop-history">
      <Heading level="h2" className="mb-3">
        {t("htx.ocop.sections.history")}
      </Heading>
      {!entries.length && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("htx.ocop.history.empty")}
        </Text>
      )}
      <ol className="flex flex-col gap-y-4 border-l pl-4">
        {entries.map((e, index) => (
          <li key={`${e.created_at}-${index}`} className="relative" data-testid="ocop-history-item" data-to-status={e.to_status}>
            <span className="bg-ui-fg-muted absolute -left-[21px] top-1.5 h-2 w-2 rounded-full" aria-hidden />
            <div className="flex flex-wrap items-center gap-2">
              {e.from_status && <CertificateStatusBadge status={e.from_status} />}
              {e.from_status && <span aria-hidden>→</span>}
              <CertificateStatusBadge status={e.to_status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle mt-1">
              <time dateTime={e.created_at}>{formatDateTime(e.created_at, i18n.language)}</time>{" "}
              {t("htx.ocop.history.by", { actor: t(`htx.ocop.history.actor.${e.actor_type}`, { defaultValue: e.actor_type }) })}
            </Text>
            {e.reason && (
              <Text size="small" className="mt-1 whitespace-pre-line" data-testid="ocop-history-reason">
                {t("htx.ocop.history.reason", { reason: e.reason })}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
