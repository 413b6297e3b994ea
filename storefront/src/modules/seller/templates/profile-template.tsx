import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CommuneList } from "@/lib/data/commune-views"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { CooperativeProfileView } from "@/lib/data/seller/views"
import CooperativeStatus from "../components/cooperative-status"
import ProfileForm from "../components/profile-form"
import styles from "./list-template.module.css"

type Props = { profile: CooperativeProfileView & { communes: CommuneList | null }; isOwner: boolean }

/** The cooperative's profile page: its standing, a way to the members, the form. */
export default async function ProfileTemplate({ profile, isOwner }: Props) {
  const t = await getTranslations("SellerProfile")
  return (
    <>
      <div className={styles.heading}>
        <h1>{t("title")}</h1>
        <Link href={SELLER_PATHS.members} className="button" data-testid="seller-profile-members-link">
          {t("members")}
        </Link>
      </div>
      <CooperativeStatus status={profile.status} reason={profile.statusReason} />
      {!isOwner && <p className={styles.count}>{t("staffNote")}</p>}
      <ProfileForm values={profile.values} communes={profile.communes} isOwner={isOwner} />
    </>
  )
}
