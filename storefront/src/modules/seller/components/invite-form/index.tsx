"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { inviteMemberAction } from "@/lib/data/seller/member-actions"
import form from "../../styles/form.module.css"
import Field from "../field"
import FormError from "../form-error"

/** Invites someone by e-mail; they get a link valid for 7 days. Owners only. */
export default function InviteForm() {
  const t = useTranslations("SellerMembers")
  const [error, setError] = useState<SellerActionError | null>(null)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const element = event.currentTarget
    const data = new FormData(element)
    const email = String(data.get("email") ?? "")
    setError(null)
    setSentTo(null)
    startTransition(async () => {
      const role = data.get("role") === "owner" ? "owner" : "staff"
      const result = await inviteMemberAction({ email, fullName: String(data.get("fullName") ?? ""), role })
      setError(result.error)
      if (!result.error) {
        setSentTo(email)
        element.reset()
      }
    })
  }

  return (
    <form className={form.section} onSubmit={submit} noValidate data-testid="seller-invite-form">
      <h2 className={form.sectionTitle}>{t("inviteTitle")}</h2>
      <p className={form.hint}>{t("inviteLead")}</p>
      <div className={form.grid}>
        <Field label={t("email")} htmlFor="seller-invite-email">
          <input
            id="seller-invite-email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            required
            className={form.input}
            data-testid="seller-invite-email"
          />
        </Field>
        <Field label={t("fullName")} htmlFor="seller-invite-name" optionalLabel={t("optional")}>
          <input id="seller-invite-name" name="fullName" autoComplete="off" className={form.input} data-testid="seller-invite-name" />
        </Field>
        <Field label={t("role")} htmlFor="seller-invite-role">
          <select id="seller-invite-role" name="role" defaultValue="staff" className={form.input} data-testid="seller-invite-role">
            <option value="staff">{t("roles.staff")}</option>
            <option value="owner">{t("roles.owner")}</option>
          </select>
        </Field>
      </div>
      <FormError error={error} testId="seller-invite-error" />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="seller-invite-submit">
          {pending ? t("inviting") : t("invite")}
        </button>
        <p className={form.success} role="status" data-testid="seller-invite-sent">
          {sentTo ? t("inviteSent", { email: sentTo }) : ""}
        </p>
      </div>
    </form>
  )
}
