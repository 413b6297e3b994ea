import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { MIN_REASON_LENGTH } from "../../lib/cooperatives"

export type ReasonAction = "reject" | "suspend"

type Props = {
  action: ReasonAction | null
  submitting: boolean
  onCancel: () => void
  onConfirm: (reason: string) => void
}

/** Asks for the reason a cooperative is rejected or suspended; too short a reason never leaves the page. */
export const ReasonPrompt = ({ action, submitting, onCancel, onConfirm }: Props) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  const [tooShort, setTooShort] = useState(false)

  useEffect(() => {
    setReason("")
    setTooShort(false)
  }, [action])

  const confirm = () => {
    if (reason.trim().length < MIN_REASON_LENGTH) {
      setTooShort(true)
      return
    }
    onConfirm(reason.trim())
  }

  return (
    <Prompt variant="danger" open={action !== null} onOpenChange={(open) => !open && !submitting && onCancel()}>
      <Prompt.Content data-testid="cooperative-reason-prompt">
        {action && (
          <>
            <Prompt.Header>
              <Prompt.Title>{t(`htx.cooperatives.reason.title.${action}`)}</Prompt.Title>
              <Prompt.Description>{t(`htx.cooperatives.reason.description.${action}`)}</Prompt.Description>
            </Prompt.Header>
            <div className="flex flex-col gap-y-1 px-6 pt-4">
              <Label size="small" htmlFor="cooperative-reason">
                {t("htx.cooperatives.reason.label")}
              </Label>
              <Textarea
                id="cooperative-reason"
                data-testid="cooperative-reason-input"
                placeholder={t("htx.cooperatives.reason.placeholder")}
                value={reason}
                aria-invalid={tooShort}
                onChange={(e) => {
                  setReason(e.target.value)
                  setTooShort(false)
                }}
              />
              {tooShort && (
                <Text size="small" className="text-ui-fg-error" role="alert" data-testid="cooperative-reason-error">
                  {t("htx.cooperatives.reason.tooShort", { min: MIN_REASON_LENGTH })}
                </Text>
              )}
            </div>
            <Prompt.Footer>
              <Prompt.Cancel data-testid="cooperative-reason-cancel" disabled={submitting}>
                {t("htx.cooperatives.actions.cancel")}
              </Prompt.Cancel>
              <Button
                size="small"
                variant="danger"
                data-testid="cooperative-reason-confirm"
                isLoading={submitting}
                onClick={confirm}
              >
                {t(`htx.cooperatives.reason.confirm.${action}`)}
              </Button>
            </Prompt.Footer>
          </>
        )}
      </Prompt.Content>
    </Prompt>
  )
}
