import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { OCOP_STATUS_COLORS, type OcopStatus } from "../../lib/ocop-certificates"

type Props = { status: OcopStatus; testId?: string }

/** A certificate's status in its colour: orange waits for a check, green shows the badge, red is refused or withdrawn. */
export const CertificateStatusBadge = ({ status, testId }: Props) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={OCOP_STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`htx.ocop.status.${status}`)}
    </StatusBadge>
  )
}
