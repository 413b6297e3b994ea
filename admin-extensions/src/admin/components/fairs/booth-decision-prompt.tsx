import { Button, Input, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { MIN_BOOTH_REASON_LENGTH, type Booth, type BoothDecision } from "../../lib/fairs"

export type BoothAsk = { booth: Booth; decision: BoothDecision["decision"] }

type Props = { ask: BoothAsk | null; submitting: boolean; onCancel: () => void; onConfirm: (decision: BoothDecision) => void }

/** Approving asks for the booth code (the one given at invitation by default); rejecting asks why. */
export const BoothDecisionPrompt = ({ ask, submitting, onCancel, onConfirm }: Props) => {
  const { t } = useTranslation()
  const [text, setText] = useState("")
  const [problem, setProblem] = useState(false)

  useEffect(() => {
    setText(ask?.decision === "approved" ? (ask.booth.code ?? "") : "")
    setProblem(false)
  }, [ask])

  const approving = ask?.decision === "approved"
  const edit = (value: string) => {
    setText(value)
    setProblem(false)
  }
  const confirm = () => {
    const value = text.trim()
    if (approving ? !value : value.length < MIN_BOOTH_REASON_LENGTH) return setProblem(true)
    onConfirm(approving ? { decision: "approved", code: value } : { decision: "rejected", reason: value })
  }

  return (
    <Prompt variant={approving ? "confirmation" : "danger"} open={ask !== null} onOpenChange={(open) => !open && !submitting && onCancel()}>
      <Prompt.Content data-testid="fair-booth-prompt">
        {ask && (
          <>
            <Prompt.Header>
              <Prompt.Title>{t(`htx.fairs.booths.prompt.title.${ask.decision}`)}</Prompt.Title>
              <Prompt.Description>{t(`htx.fairs.booths.prompt.description.${ask.decision}`, { cooperative: ask.booth.cooperative?.name ?? "—" })}</Prompt.Description>
            </Prompt.Header>
            <div className="flex flex-col gap-y-1 px-6 pt-4">
              <Label size="small" htmlFor="fair-booth-input">
                {t(approving ? "htx.fairs.booths.prompt.code" : "htx.fairs.booths.prompt.reason")}
              </Label>
              {approving ? (
                <Input id="fair-booth-input" data-testid="fair-booth-code" placeholder="A12" value={text} aria-invalid={problem} onChange={(e) => edit(e.target.value)} />
              ) : (
                <Textarea id="fair-booth-input" data-testid="fair-booth-reason" value={text} aria-invalid={problem} onChange={(e) => edit(e.target.value)} />
              )}
              {problem && (
                <Text size="small" className="text-ui-fg-error" role="alert" data-testid="fair-booth-prompt-error">
                  {approving ? t("htx.fairs.booths.prompt.codeMissing") : t("htx.fairs.booths.prompt.tooShort", { min: MIN_BOOTH_REASON_LENGTH })}
                </Text>
              )}
            </div>
            <Prompt.Footer>
              <Prompt.Cancel disabled={submitting}>{t("htx.fairs.actions.cancel")}</Prompt.Cancel>
              <Button size="small" variant={approving ? "primary" : "danger"} data-testid="fair-booth-confirm" isLoading={submitting} onClick={confirm}>
                {t(`htx.fairs.booths.${approving ? "approve" : "reject"}`)}
              </Button>
            </Prompt.Footer>
          </>
        )}
      </Prompt.Content>
    </Prompt>
  )
}
