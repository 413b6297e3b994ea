import { Button, Prompt, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/cooperatives"
import { allowedFairActions, changeFairStatus, type Fair, type FairAction } from "../../lib/fairs"

type Props = { fair: Fair; onChanged: () => Promise<void> }

/** Taking back from the public (archive, back to draft) is confirmed first. */
const CONFIRMED: FairAction[] = ["archive", "back_to_draft"]

/** The status actions the fair allows now: open applications, publish, archive, back to draft. */
export const FairActions = ({ fair, onChanged }: Props) => {
  const { t } = useTranslation()
  const [submitting, setSubmitting] = useState<FairAction | null>(null)
  const [asking, setAsking] = useState<FairAction | null>(null)

  const run = async (action: FairAction) => {
    setSubmitting(action)
    try {
      await changeFairStatus(fair.id, action)
      toast.success(t(`htx.fairs.actions.done.${action}`))
    } catch (e) {
      // Refused (someone acted first, or the clock moved on): say why and show the fair as it now is.
      toast.error(errorMessage(e, t("htx.fairs.actions.failed")))
    } finally {
      setAsking(null)
      setSubmitting(null)
      await onChanged()
    }
  }

  const allowed = allowedFairActions(fair)
  if (!allowed.length) return null

  return (
    <div className="flex flex-wrap gap-2">
      {allowed.map((action) => (
        <Button
          key={action}
          size="small"
          variant={action === "publish" ? "primary" : "secondary"}
          data-testid={`fair-action-${action}`}
          disabled={!!submitting}
          isLoading={submitting === action}
          onClick={() => (CONFIRMED.includes(action) ? setAsking(action) : void run(action))}
        >
          {t(`htx.fairs.actions.${action}`)}
        </Button>
      ))}
      <Prompt variant="danger" open={asking !== null} onOpenChange={(open) => !open && !submitting && setAsking(null)}>
        <Prompt.Content data-testid="fair-action-prompt">
          {asking && (
            <>
              <Prompt.Header>
                <Prompt.Title>{t(`htx.fairs.confirm.title.${asking}`)}</Prompt.Title>
                <Prompt.Description>{t(`htx.fairs.confirm.description.${asking}`)}</Prompt.Description>
              </Prompt.Header>
              <Prompt.Footer>
                <Prompt.Cancel disabled={!!submitting}>{t("htx.fairs.actions.cancel")}</Prompt.Cancel>
                <Button size="small" variant="danger" data-testid="fair-action-confirm" isLoading={!!submitting} onClick={() => void run(asking)}>
                  {t(`htx.fairs.actions.${asking}`)}
                </Button>
              </Prompt.Footer>
            </>
          )}
        </Prompt.Content>
      </Prompt>
    </div>
  )
}
