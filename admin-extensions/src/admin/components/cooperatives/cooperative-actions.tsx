import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ACTIONS_BY_STATUS, changeCooperativeStatus, errorMessage, type CooperativeAction, type CooperativeStatus } from "../../lib/cooperatives"
import { ReasonPrompt, type ReasonAction } from "./reason-prompt"

type Props = { id: string; status: CooperativeStatus; onChanged: () => Promise<void> }

/** The status changes the cooperative's current status allows; reject and suspend first ask for a reason. */
export const CooperativeActions = ({ id, status, onChanged }: Props) => {
  const { t } = useTranslation()
  const [submitting, setSubmitting] = useState<CooperativeAction | null>(null)
  const [asking, setAsking] = useState<ReasonAction | null>(null)

  const run = async (action: CooperativeAction, reason?: string) => {
    setSubmitting(action)
    try {
      await changeCooperativeStatus(id, action, reason)
      setAsking(null)
      await onChanged()
      toast.success(t(`htx.cooperatives.actions.done.${action}`))
    } catch (e) {
      // A refused transition usually means someone else acted first: say why (400 { message }) and show the current state.
      toast.error(errorMessage(e, t("htx.cooperatives.actions.failed")))
      setAsking(null)
      await onChanged()
    } finally {
      setSubmitting(null)
    }
  }

  const allowed = ACTIONS_BY_STATUS[status]
  if (!allowed.length) return null

  return (
    <div className="flex flex-wrap gap-2">
      {allowed.includes("reject") && (
        <Button size="small" variant="secondary" data-testid="cooperative-reject" disabled={!!submitting} onClick={() => setAsking("reject")}>
          {t("htx.cooperatives.actions.reject")}
        </Button>
      )}
      {allowed.includes("suspend") && (
        <Button size="small" variant="secondary" data-testid="cooperative-suspend" disabled={!!submitting} onClick={() => setAsking("suspend")}>
          {t("htx.cooperatives.actions.suspend")}
        </Button>
      )}
      {allowed.includes("approve") && (
        <Button
          size="small"
          data-testid="cooperative-approve"
          disabled={!!submitting}
          isLoading={submitting === "approve"}
          onClick={() => void run("approve")}
        >
          {t("htx.cooperatives.actions.approve")}
        </Button>
      )}
      <ReasonPrompt
        action={asking}
        submitting={submitting !== null}
        onCancel={() => setAsking(null)}
        onConfirm={(reason) => asking && void run(asking, reason)}
      />
    </div>
  )
}
