"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { acceptInvitationAction } from "@/lib/data/seller/invitation-actions"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import form from "../../styles/form.module.css"
import FormError from "../form-error"

/** Joins the cooperative as the signed-in person; the action then opens its dashboard. */
export default function AcceptInvitation({ token }: { token: string }) {
  const t = useTranslations("SellerInvitation")
  const [error, setError] = useState<SellerActionError | null>(null)
  const [pending, startTransition] = useTransition()

  function accept() {
    setError(null)
    startTransition(async () => {
      const result = await acceptInvitationAction({ token })
      if (result?.error) setError(result.error)
    })
  }

  return (
    <div className={form.form}>
      <FormError error={error} testId="seller-invitation-error" />
      <div className={form.actions}>
        <button type="button" className="button button-primary" onClick={accept} disabled={pending} data-testid="seller-invitation-accept">
          {pending ? t("accepting") : t("accept")}
        </button>
      </div>
    </div>
  )
}
