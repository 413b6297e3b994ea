import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { fairName, formatFairTime } from "../../lib/fair-format"
import type { Fair } from "../../lib/fairs"
import { EditFairDrawer } from "./edit-fair-drawer"
import { FairActions } from "./fair-actions"
import { FairPhaseBadge, FairStatusBadge } from "./fair-badges"

type Props = { fair: Fair; onChanged: () => Promise<void> }

/** Name, status and phase, dates, and what the operator can do with the fair now. */
export const FairHeader = ({ fair, onChanged }: Props) => {
  const { t, i18n } = useTranslation()
  return (
    <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-start md:justify-between">
      <div className="flex flex-col gap-y-1">
        <Link to="/fairs" className="txt-compact-small text-ui-fg-subtle hover:text-ui-fg-base">
          {t("htx.fairs.detail.back")}
        </Link>
        <Heading level="h1" data-testid="fair-name">
          {fairName(fair, i18n.language)}
        </Heading>
        <div className="flex flex-wrap items-center gap-2">
          <FairStatusBadge status={fair.status} testId="fair-status" />
          <FairPhaseBadge phase={fair.phase} testId="fair-phase" />
          <Text size="small" className="text-ui-fg-subtle">
            {formatFairTime(fair.starts_at, i18n.language)} – {formatFairTime(fair.ends_at, i18n.language)}
          </Text>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <EditFairDrawer fair={fair} onSaved={onChanged} />
        <FairActions fair={fair} onChanged={onChanged} />
      </div>
    </div>
  )
}
