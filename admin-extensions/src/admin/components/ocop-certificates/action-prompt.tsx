import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { MIN_OCOP_REASON_LENGTH, ocopActionNeedsReason, type OcopAction } from "../../lib/ocop-certificates"

type Props = {
  action: OcopAction | null
  /** What verifying will show shoppers, e.g. "4 sao, đến 10/05/2027". */
  summary: string
  submitting: boolean
  onCancel: () => void
  onConfirm: (reason?: string) => void
}

/** Confirms an action; rejecting and revoking also ask why, and too short a reason never leaves the page. */
export const ActionPrompt = ({ action, summary, submitting, onCancel, onConfirm }: Props) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  const [tooShort, setTooShort] = useState(false)

  useEffect(() => {
    setReason("")
    setTooShort(false)
  }, [action])

  const needsReason = action !== null && ocopActionNeedsReason(action)
  const confirm = () => {
    if (!needsReason) return onConfirm()
    if (reason.trim().length < MIN_OCOP_REASON_LENGTH) return setTooShort(true)
    onConfirm(reason.trim())
  }

  return (
    <Prompt variant={action === "verify" ? "confirmation" : "danger"} open={action !== null} onOpenChange={(open) => !open && !submitting && onCancel()}>
      <Prompt.Content data-testid="ocop-action-prompt">
        {action && (
          <>
            <Prompt.Header>
              <Prompt.Title>{t(`htx.ocop.prompt.title.${action}`)}</Prompt.Title>
              <Prompt.Description>{t(`htx.ocop.prompt.description.${action}`, { summary })}</Prompt.Description>
            </Prompt.Header>
            {needsReason && (
              <div className="flex flex-col gap-y-1 px-6 pt-4">
                <Label size="small" htmlFor="ocop-reason">
                  {t("htx.ocop.prompt.reason")}
                </Label>
                <Textarea
                  id="ocop-reason"
                  data-testid="ocop-reason"
                  placeholder={t("htx.ocop.prompt.reasonPlaceholder")}
                  value={reason}
                  aria-invalid={tooShort}
                  onChange={(e) => {
                    setReason(e.target.value)
                    setTooShort(false)
                  }}
                />
                {tooShort && (
                  <Text size="small" className="text-ui-fg-error" role="alert" data-testid="ocop-reason-error">
                    {t("htx.ocop.prompt.tooShort", { min: MIN_OCOP_REASON_LENGTH })}
                  </Text>
                )}
              </div>
            )}
            <Prompt.Footer>
              <Prompt.Cancel data-testid="ocop-cancel" disabled={submitting}>
                {t("htx.ocop.actions.cancel")}
              </Prompt.Cancel>
              <Button
                size="small"
                variant={action === "verify" ? "primary" : "danger"}
                data-testid="ocop-confirm"
                isLoading={submitting}
                onClick={confirm}
              >
                {t(`htx.ocop.prompt.confirm.${action}`)}
              </Button>
            </Prompt.Footer>
          </>
        )}
      </Prompt.Content>
    </Prompt>
  )
}
