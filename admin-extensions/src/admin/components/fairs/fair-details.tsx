import { useTranslation } from "react-i18next"
import { formatFairTime } from "../../lib/fair-format"
import type { Fair } from "../../lib/fairs"
import { ProfileSection, type ProfileField } from "../cooperatives/profile-section"

/** Everything stored about the fair, as the storefront will show it (times in Việt Nam). */
export const FairDetails = ({ fair }: { fair: Fair }) => {
  const { t, i18n } = useTranslation()
  const field = (key: keyof Fair, value: ProfileField["value"] = fair[key]): ProfileField => ({ key, label: t(`htx.fairs.fields.${key}`), value })
  const time = (value: string | null) => (value ? formatFairTime(value, i18n.language) : null)

  return (
    <ProfileSection
      title={t("htx.fairs.sections.details")}
      testId="fair-details"
      fields={[
        field("name_vi"),
        field("name_en"),
        field("slug"),
        field("organiser"),
        field("kind", t(`htx.fairs.kind.${fair.kind}`)),
        field("venue_name"),
        field("venue_address"),
        field("starts_at", time(fair.starts_at)),
        field("ends_at", time(fair.ends_at)),
        field("application_deadline", time(fair.application_deadline)),
        field(
          "banner_url",
          fair.banner_url ? (
            <a href={fair.banner_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
              {fair.banner_url}
            </a>
          ) : null
        ),
        field("description_vi"),
        field("description_en"),
      ]}
    />
  )
}
