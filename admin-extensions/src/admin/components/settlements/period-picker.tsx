import { Button, Input, Label, Text } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { MAX_PERIOD_DAYS, periodProblem, type PeriodQuery } from "../../lib/settlements"

type Props = { period: PeriodQuery | null; onApply: (period: PeriodQuery) => void; disabled: boolean }

/** First and last day of the settlement period, shown as the report answered them and applied together. */
export const PeriodPicker = ({ period, onApply, disabled }: Props) => {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<PeriodQuery>({ from: period?.from ?? "", to: period?.to ?? "" })
  const [problem, setProblem] = useState<ReturnType<typeof periodProblem>>(null)

  // The report says which period it covers (the default one too); the fields follow it.
  useEffect(() => {
    if (period) setDraft({ from: period.from, to: period.to })
  }, [period?.from, period?.to])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const found = periodProblem(draft)
    setProblem(found)
    if (!found) onApply(draft)
  }

  return (
    <form className="flex flex-col gap-y-2 px-6 py-4" onSubmit={submit} data-testid="settlement-period">
      <div className="flex flex-wrap items-end gap-3">
        {(["from", "to"] as const).map((field) => (
          <div key={field} className="flex flex-col gap-y-1">
            <Label size="small" htmlFor={`settlement-period-${field}`}>
              {t(`htx.settlements.period.${field}`)}
            </Label>
            <Input
              id={`settlement-period-${field}`}
              data-testid={`settlement-period-${field}`}
              type="date"
              size="small"
              value={draft[field]}
              onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
            />
          </div>
        ))}
        <Button type="submit" size="small" variant="secondary" disabled={disabled} data-testid="settlement-period-apply">
          {t("htx.settlements.period.apply")}
        </Button>
      </div>
      {problem && (
        <Text size="small" className="text-ui-fg-error" data-testid="settlement-period-error" data-problem={problem}>
          {t(`htx.settlements.period.${problem}`, { days: MAX_PERIOD_DAYS })}
        </Text>
      )}
    </form>
  )
}
