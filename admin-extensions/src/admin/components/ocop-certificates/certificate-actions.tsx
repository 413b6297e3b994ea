import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/cooperatives"
import { changeOcopCertificate, formatDay, OCOP_ACTIONS_BY_STATUS, type OcopAction, type OcopCertificate } from "../../lib/ocop-certificates"
import { ActionPrompt } from "./action-prompt"

type Props = { certificate: OcopCertificate; onChanged: () => Promise<void> }

const BUTTONS: { action: OcopAction; variant: "primary" | "secondary" }[] = [
  { action: "reject", variant: "secondary" },
  { action: "revoke", variant: "secondary" },
  { action: "verify", variant: "primary" },
]

/** The actions the certificate's status allows, each confirmed first; reject and revoke ask for a reason. */
export const CertificateActions = ({ certificate: c, onChanged }: Props) => {
  const { t, i18n } = useTranslation()
  const [asking, setAsking] = useState<OcopAction | null>(null)
  const [submitting, setSubmitting] = useState(false)

  const run = async (action: OcopAction, reason?: string) => {
    setSubmitting(true)
    try {
      await changeOcopCertificate(c.id, action, reason)
      toast.success(t(`htx.ocop.actions.done.${action}`))
    } catch (e) {
      // A refused transition usually means someone else acted first: say why (400 { message }) and show the current state.
      toast.error(errorMessage(e, t("htx.ocop.actions.failed")))
    } finally {
      setAsking(null)
      setSubmitting(false)
      await onChanged()
    }
  }

  const allowed = OCOP_ACTIONS_BY_STATUS[c.status]
  if (!allowed.length) return null
  const summary = t("htx.ocop.prompt.summary", {
    stars: c.stars,
    products: c.products.map((p) => p.title).join(", "),
    expires: formatDay(c.expires_on, i18n.language),
  })

  return (
    <div className="flex flex-wrap gap-2">
      {BUTTONS.filter((b) => allowed.includes(b.action)).map((b) => (
        <Button key={b.action} size="small" variant={b.variant} data-testid={`ocop-${b.action}`} disabled={submitting} onClick={() => setAsking(b.action)}>
          {t(`htx.ocop.actions.${b.action}`)}
        </Button>
      ))}
      <ActionPrompt
        action={asking}
        summary={summary}
        submitting={submitting}
        onCancel={() => setAsking(null)}
        onConfirm={(reason) => asking && void run(asking, reason)}
      />
    </div>
  )
}
