import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { BOOTH_STATUS_COLORS, FAIR_PHASE_COLORS, FAIR_STATUS_COLORS, type BoothStatus, type FairPhase, type FairStatus } from "../../lib/fairs"

/** What the operators decided about the fair: draft, taking applications, published or archived. */
export const FairStatusBadge = ({ status, testId }: { status: FairStatus; testId?: string }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={FAIR_STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`htx.fairs.status.${status}`)}
    </StatusBadge>
  )
}

/** Where the fair stands now; live and ended follow the clock, whatever the status says. */
export const FairPhaseBadge = ({ phase, testId }: { phase: FairPhase; testId?: string }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={FAIR_PHASE_COLORS[phase]} data-testid={testId} data-phase={phase}>
      {t(`htx.fairs.phase.${phase}`)}
    </StatusBadge>
  )
}

/** A booth's place in the fair: invited, applied, approved or rejected. */
export const BoothStatusBadge = ({ status, testId }: { status: BoothStatus; testId?: string }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={BOOTH_STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`htx.fairs.booths.status.${status}`)}
    </StatusBadge>
  )
}
