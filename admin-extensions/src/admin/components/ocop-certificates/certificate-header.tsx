import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { starMarks, type OcopCertificate } from "../../lib/ocop-certificates"
import { CertificateActions } from "./certificate-actions"
import { CertificateStatusBadge } from "./certificate-status-badge"

type Props = { certificate: OcopCertificate; onChanged: () => Promise<void> }

/** Decision number, rating, status (with the reason for a refusal or revocation) and the actions the status allows. */
export const CertificateHeader = ({ certificate: c, onChanged }: Props) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-start md:justify-between">
      <div className="flex flex-col gap-y-1">
        <Link to="/ocop-certificates" className="txt-compact-small text-ui-fg-subtle hover:text-ui-fg-base">
          {t("htx.ocop.detail.back")}
        </Link>
        <Heading level="h1">{t("htx.ocop.detail.title", { number: c.decision_number })}</Heading>
        <div className="flex flex-wrap items-center gap-2">
          <CertificateStatusBadge status={c.status} testId="ocop-status" />
          <Text size="small" data-testid="ocop-stars" data-stars={c.stars}>
            <span className="text-ui-tag-orange-icon" aria-hidden>
              {starMarks(c.stars)}
            </span>{" "}
            {t("htx.ocop.starsLabel", { count: c.stars })}
            {c.potential_five_star && ` · ${t("htx.ocop.potential")}`}
          </Text>
          {c.cooperative && (
            <Text size="small" className="text-ui-fg-subtle">
              · {c.cooperative.name}
            </Text>
          )}
        </div>
        {c.status === "verified" && (
          <Text size="small" className={c.badge_active ? "text-ui-fg-interactive" : "text-ui-fg-subtle"} data-testid="ocop-badge-active" data-active={c.badge_active}>
            {t(c.badge_active ? "htx.ocop.detail.badgeShown" : "htx.ocop.detail.badgeNotShown")}
          </Text>
        )}
        {c.status_reason && (c.status === "rejected" || c.status === "revoked") && (
          <Text size="small" className="whitespace-pre-line text-ui-fg-subtle" data-testid="ocop-status-reason">
            {t("htx.ocop.detail.statusReason", { reason: c.status_reason })}
          </Text>
        )}
      </div>
      <CertificateActions certificate={c} onChanged={onChanged} />
    </div>
  )
}
