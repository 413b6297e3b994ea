"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useId, useState, useTransition } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { ANSWER_LIMITS, answerProblem } from "@/lib/data/seller/mappers/trade-lead"
import { answerTradeLeadAction } from "@/lib/data/seller/trade-lead-actions"
import FormError from "../form-error"
import form from "../../styles/form.module.css"
import styles from "./styles.module.css"

/** Answers one inquiry; once sent, the page shows the answer in place of the form. */
export default function LeadAnswerForm({ leadId }: { leadId: string }) {
  const t = useTranslations("SellerTradeLeads")
  const id = useId()
  const [answer, setAnswer] = useState("")
  const [error, setError] = useState<SellerActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const problem = answerProblem(answer)
    if (problem) return setError({ code: "invalid_input", message: t(`problems.${problem}`, ANSWER_LIMITS) })
    setError(null)
    startTransition(async () => {
      const result = await answerTradeLeadAction(leadId, answer)
      if (result.error) setError(result.error)
    })
  }

  return (
    <form className={styles.answerForm} onSubmit={submit} noValidate data-testid="seller-lead-answer-form">
      <label htmlFor={`${id}-answer`} className={form.label}>
        {t("answerLabel")}
      </label>
      <textarea
        id={`${id}-answer`}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        rows={4}
        maxLength={ANSWER_LIMITS.max}
        aria-describedby={`${id}-hint`}
        disabled={pending}
        className={form.input}
        data-testid="seller-lead-answer-input"
      />
      <p id={`${id}-hint`} className={form.hint}>
        {t("answerHint")}
      </p>
      <FormError error={error} testId="seller-lead-answer-error" />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="seller-lead-answer-submit">
          {pending ? t("answering") : t("answerSubmit")}
        </button>
      </div>
    </form>
  )
}
