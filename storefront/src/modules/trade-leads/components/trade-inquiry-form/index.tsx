"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useId, useRef, useState, useTransition } from "react"
import { HONEYPOT_FIELD, TRADE_LEAD_LIMITS, type TradeLeadActionResult, type TradeLeadContext, type TradeLeadField } from "@/lib/data/fair-views"
import { sendTradeInquiryAction } from "@/lib/data/trade-lead-actions"
import InquiryField, { describedBy } from "./inquiry-field"
import styles from "./styles.module.css"

type Props = {
  context: TradeLeadContext
  /** The products a buyer may choose to ask about, each once; none on a product's own page. */
  products: { id: string; title: string }[]
}

type Status = { kind: "idle" } | { kind: "sent" } | { kind: "error"; error: NonNullable<TradeLeadActionResult["error"]>; fields: TradeLeadField[] }

type TextField = Exclude<TradeLeadField, "product_id" | "message">

const TEXT_FIELDS: { name: TextField; type: string; autoComplete: string; optional?: boolean }[] = [
  { name: "quantity", type: "text", autoComplete: "off" },
  { name: "target_market", type: "text", autoComplete: "off" },
  { name: "company", type: "text", autoComplete: "organization" },
  { name: "contact_name", type: "text", autoComplete: "name" },
  { name: "email", type: "email", autoComplete: "email" },
  { name: "phone", type: "tel", autoComplete: "tel", optional: true },
]

/**
 * A business buyer's inquiry to a cooperative — from a fair's booth, a product or the cooperative's page; the answer
 * (or the refusal) shows right under the button.
 */
export default function TradeInquiryForm({ context, products }: Props) {
  const t = useTranslations("TradeInquiry")
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [status, setStatus] = useState<Status>({ kind: "idle" })
  const [pending, startTransition] = useTransition()
  const refused = (field: TradeLeadField) => status.kind === "error" && status.fields.includes(field)
  const fieldId = (field: string) => `${id}-${field}`

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    setStatus({ kind: "idle" })
    startTransition(async () => {
      const result = await sendTradeInquiryAction(context, data)
      if (!result.error) {
        formRef.current?.reset()
        setStatus({ kind: "sent" })
        return
      }
      setStatus({ kind: "error", error: result.error, fields: result.fields ?? [] })
      // The first field to correct gets the focus, so a keyboard or screen reader user lands on it.
      const first = result.fields?.[0]
      if (first) document.getElementById(fieldId(first))?.focus()
    })
  }

  const fieldError = (field: TradeLeadField) => (refused(field) ? t(`fieldErrors.${field}`) : null)

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate aria-describedby={`${id}-intro`} data-testid="trade-inquiry-form">
      <p id={`${id}-intro`} className={styles.intro}>
        {t("intro")}
      </p>
      <div className={styles.grid}>
        {products.length > 0 && (
          <InquiryField id={fieldId("product_id")} label={t("fields.product_id")} optionalLabel={t("optional")} error={fieldError("product_id")} wide>
            <select id={fieldId("product_id")} name="product_id" className={styles.input} defaultValue="" aria-invalid={refused("product_id")} aria-describedby={describedBy(fieldId("product_id"))} data-testid="trade-inquiry-product">
              <option value="">{t("anyProduct")}</option>
              {products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.title}
                </option>
              ))}
            </select>
          </InquiryField>
        )}
        {TEXT_FIELDS.map((field) => (
          <InquiryField
            key={field.name}
            id={fieldId(field.name)}
            label={t(`fields.${field.name}`)}
            optionalLabel={field.optional ? t("optional") : undefined}
            hint={field.name === "quantity" || field.name === "target_market" ? t(`hints.${field.name}`) : undefined}
            error={fieldError(field.name)}
          >
            <input
              id={fieldId(field.name)}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              maxLength={TRADE_LEAD_LIMITS[field.name].max}
              required={!field.optional}
              aria-invalid={refused(field.name)}
              aria-describedby={describedBy(fieldId(field.name))}
              className={styles.input}
              data-testid={`trade-inquiry-${field.name.replace("_", "-")}`}
            />
          </InquiryField>
        ))}
        <InquiryField id={fieldId("message")} label={t("fields.message")} hint={t("hints.message")} error={fieldError("message")} wide>
          <textarea
            id={fieldId("message")}
            name="message"
            rows={5}
            maxLength={TRADE_LEAD_LIMITS.message.max}
            required
            aria-invalid={refused("message")}
            aria-describedby={describedBy(fieldId("message"))}
            className={styles.input}
            data-testid="trade-inquiry-message"
          />
        </InquiryField>
      </div>
      {/* People never see or reach this field; a robot that fills every field gives itself away. */}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor={fieldId(HONEYPOT_FIELD)}>{t("honeypot")}</label>
        <input id={fieldId(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="trade-inquiry-submit">
          {pending ? t("sending") : t("submit")}
        </button>
        <p role="status" className={styles.sent} data-testid="trade-inquiry-sent">
          {status.kind === "sent" ? t("sent") : ""}
        </p>
        <div role="alert">
          {status.kind === "error" && (
            <p className={styles.error} data-testid="trade-inquiry-error" data-code={status.error.code}>
              {status.error.message ?? t(`errors.${status.error.code}`)}
            </p>
          )}
        </div>
      </div>
    </form>
  )
}
