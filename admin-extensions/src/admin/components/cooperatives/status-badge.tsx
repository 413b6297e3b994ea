import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { STATUS_COLORS, type CooperativeStatus } from "../../lib/cooperatives"

type Props = { status: CooperativeStatus; testId?: string }

/** A cooperative's status in its colour: orange waits for review, green sells, red is refused, grey is paused. */
export const CooperativeStatusBadge = ({ status, testId }: Props) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`htx.cooperatives.status.${status}`)}
    </StatusBadge>
  )
}
