import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { Cooperative } from "../../lib/cooperatives"
import { CooperativeActions } from "./cooperative-actions"
import { CooperativeStatusBadge } from "./status-badge"

type Props = { cooperative: Cooperative; onChanged: () => Promise<void> }

/** Name, status (with the reason for the last refusal or suspension) and the actions the status allows. */
export const CooperativeHeader = ({ cooperative: c, onChanged }: Props) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-start md:justify-between">
      <div className="flex items-start gap-3">
        {c.logo_url && <img src={c.logo_url} alt="" className="h-12 w-12 rounded-md border object-cover" />}
        <div className="flex flex-col gap-y-1">
          <Link to="/cooperatives" className="txt-compact-small text-ui-fg-subtle hover:text-ui-fg-base">
            {t("htx.cooperatives.detail.back")}
          </Link>
          <Heading level="h1">{c.name}</Heading>
          <div className="flex flex-wrap items-center gap-2">
            <CooperativeStatusBadge status={c.status} testId="cooperative-status" />
            <Text size="small" className="text-ui-fg-subtle">
              {t(`htx.cooperatives.kind.${c.kind}`)} · {c.commune}, {c.province}
            </Text>
          </div>
          {c.status_reason && (c.status === "rejected" || c.status === "suspended") && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="cooperative-status-reason">
              {t("htx.cooperatives.detail.statusReason", { reason: c.status_reason })}
            </Text>
          )}
        </div>
      </div>
      <CooperativeActions id={c.id} status={c.status} onChanged={onChanged} />
    </div>
  )
}
