"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import type { CommuneList } from "@/lib/data/commune-views"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { updateProfileAction } from "@/lib/data/seller/profile-actions"
import type { CooperativeFormValues } from "@/lib/data/seller/views"
import form from "../../styles/form.module.css"
import CooperativeFields from "../cooperative-fields"
import FormError from "../form-error"

type Props = { values: CooperativeFormValues; communes: CommuneList | null; isOwner: boolean }

/** The cooperative's public profile; owners also see and change the payout account. */
export default function ProfileForm({ values, communes, isOwner }: Props) {
  const t = useTranslations("SellerProfile")
  const [error, setError] = useState<SellerActionError | null>(null)
  const [saved, setSaved] = useState(false)
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    setError(null)
    setSaved(false)
    startTransition(async () => {
      const result = await updateProfileAction(data)
      setError(result.error)
      setSaved(!result.error)
    })
  }

  return (
    <form className={form.form} onSubmit={submit} onChange={() => setSaved(false)} noValidate data-testid="seller-profile-form">
      {/* Remounted when the saved profile comes back, so the backend's tidied values (phone, holder) show. */}
      <CooperativeFields key={JSON.stringify(values)} values={values} communes={communes} mode="update" showBank={isOwner} />
      <FormError error={error} testId="seller-profile-error" />
      <div className={form.actions}>
        <button type="submit" className="button button-primary" disabled={pending} data-testid="seller-profile-save">
          {pending ? t("saving") : t("save")}
        </button>
        <p className={form.success} role="status" data-testid="seller-profile-saved">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  )
}
