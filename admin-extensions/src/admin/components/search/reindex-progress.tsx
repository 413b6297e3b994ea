import { Heading, StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDateTime, formatNumber } from "../../lib/cooperatives"
import { REINDEX_STATUS_COLORS, reindexPercent, type Reindex } from "./reindex-api"

type Props = { reindex: Reindex | null }

/** The latest full reindex: its status, how many documents are written out of how many, when it ran and why it failed. */
export const ReindexProgress = ({ reindex }: Props) => {
  const { t, i18n } = useTranslation()
  if (!reindex) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid="search-reindex-none">
        {t("htx.search.reindex.none")}
      </Text>
    )
  }
  const percent = reindexPercent(reindex)
  const counts = { indexed: formatNumber(reindex.indexed, i18n.language), total: formatNumber(reindex.total, i18n.language) }

  return (
    <div className="flex flex-col gap-y-3" data-testid="search-reindex" data-status={reindex.status}>
      <div className="flex flex-wrap items-center gap-2">
        <Heading level="h3">{t("htx.search.reindex.latest")}</Heading>
        <StatusBadge color={REINDEX_STATUS_COLORS[reindex.status]} data-testid="search-reindex-status" data-status={reindex.status}>
          {t(`htx.search.reindex.status.${reindex.status}`)}
        </StatusBadge>
      </div>
      <div
        role="progressbar"
        aria-label={t("htx.search.reindex.progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full border"
        data-testid="search-reindex-progress"
        data-percent={percent}
      >
        <div
          className={`h-full transition-[width] ${reindex.status === "failed" ? "bg-ui-tag-red-icon" : "bg-ui-fg-interactive"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <Text size="small" data-testid="search-reindex-counts" data-indexed={reindex.indexed} data-total={reindex.total}>
        {t("htx.search.reindex.counts", counts)} ({percent}%)
      </Text>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-2">
        <Field label={t("htx.search.reindex.startedAt")} value={formatDateTime(reindex.started_at, i18n.language)} testId="search-reindex-started" />
        <Field
          label={t("htx.search.reindex.finishedAt")}
          value={reindex.finished_at ? formatDateTime(reindex.finished_at, i18n.language) : "—"}
          testId="search-reindex-finished"
        />
      </dl>
      {reindex.error && (
        <Text size="small" className="whitespace-pre-line break-words text-ui-fg-error" data-testid="search-reindex-error">
          {t("htx.search.reindex.error", { error: reindex.error })}
        </Text>
      )}
    </div>
  )
}

type FieldProps = { label: string; value: string; testId: string }

const Field = ({ label, value, testId }: FieldProps) => (
  <div className="flex flex-col gap-y-0.5" data-testid={testId}>
    <dt>
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
    </dt>
    <dd>
      <Text size="small">{value}</Text>
    </dd>
  </div>
)
