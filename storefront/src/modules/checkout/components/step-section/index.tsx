"use client"

import { useTranslations } from "next-intl"
import { type ReactNode, useEffect, useRef } from "react"
import type { CheckoutStep } from "@/lib/data/checkout-views"
import styles from "./styles.module.css"

/** Open: its form shows. Done: its summary shows, with a way back. Upcoming: only its title. */
export type StepState = "open" | "done" | "upcoming"

type Props = {
  step: CheckoutStep
  number: number
  state: StepState
  summary?: ReactNode
  onEdit?: () => void
  children: ReactNode
}

/** One numbered step of the checkout; brings itself into view when it opens after the first render. */
export default function StepSection({ step, number, state, summary, onEdit, children }: Props) {
  const t = useTranslations("Checkout")
  const heading = useRef<HTMLHeadingElement>(null)
  const wasOpen = useRef(state === "open")

  useEffect(() => {
    if (state === "open" && !wasOpen.current) {
      heading.current?.focus()
      heading.current?.scrollIntoView({ block: "start", behavior: "smooth" })
    }
    wasOpen.current = state === "open"
  }, [state])

  const title = t(`steps.${step}`)
  return (
    <li className={styles.step} data-testid={`checkout-step-${step}`} data-state={state} aria-current={state === "open" ? "step" : undefined}>
      <div className={styles.header}>
        <h2 className={styles.title} ref={heading} tabIndex={-1}>
          <span className={styles.number} aria-hidden="true">
            {number}
          </span>
          <span className="visually-hidden">{t("stepNumber", { number })}: </span>
          {title}
        </h2>
        {state === "done" && onEdit && (
          <button type="button" className={styles.edit} onClick={onEdit} aria-label={t("changeLabel", { step: title })} data-testid="checkout-step-edit">
            {t("change")}
          </button>
        )}
      </div>
      {state === "open" && <div className={styles.body}>{children}</div>}
      {state === "done" && summary && <div className={styles.summary}>{summary}</div>}
    </li>
  )
}
