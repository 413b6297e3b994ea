import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatDate, formatNumber, type Cooperative } from "../../lib/cooperatives"
import { ProfileSection, type ProfileField } from "./profile-section"

const link = (url: string | null) =>
  url ? (
    <a href={url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
      {url}
    </a>
  ) : null

/** Everything the cooperative registered, grouped the way an operator checks a dossier. */
export const CooperativeProfile = ({ cooperative: c }: { cooperative: Cooperative }) => {
  const { t, i18n } = useTranslation()
  const field = (key: keyof Cooperative, value: ProfileField["value"] = c[key] as string | null): ProfileField => ({
    key,
    label: t(`htx.cooperatives.fields.${key}`),
    value,
  })

  return (
    <>
      <ProfileSection
        title={t("htx.cooperatives.sections.identity")}
        testId="cooperative-identity"
        fields={[
          field("name"),
          field("short_name"),
          field("handle"),
          field("kind", t(`htx.cooperatives.kind.${c.kind}`)),
          field("registration_number"),
          field("founded_on", formatDate(c.founded_on, i18n.language)),
          field("legal_representative"),
          field("member_count", formatNumber(c.member_count, i18n.language)),
          field(
            "sectors",
            c.sectors.length ? (
              <span className="flex flex-wrap gap-1">
                {c.sectors.map((s) => (
                  <Badge key={s} size="2xsmall">
                    {s}
                  </Badge>
                ))}
              </span>
            ) : null
          ),
          field("created_at", formatDate(c.created_at, i18n.language)),
          field("logo_url", link(c.logo_url)),
          field("banner_url", link(c.banner_url)),
        ]}
      />
      <ProfileSection
        title={t("htx.cooperatives.sections.contact")}
        testId="cooperative-contact"
        fields={[field("phone"), field("email"), field("street"), field("commune"), field("province")]}
      />
      <ProfileSection
        title={t("htx.cooperatives.sections.bank")}
        testId="cooperative-bank"
        fields={[field("bank_bin"), field("bank_account_number"), field("bank_account_holder")]}
      />
      <ProfileSection
        title={t("htx.cooperatives.sections.description")}
        testId="cooperative-description"
        fields={[field("description_vi"), field("description_en")]}
      />
    </>
  )
}
