import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { MemberView } from "@/lib/data/seller/views"
import InviteForm from "../components/invite-form"
import MemberList from "../components/member-list"
import back from "./edit-template.module.css"
import styles from "./list-template.module.css"

type Props = { members: MemberView[]; isOwner: boolean }

/** The cooperative's people: the list, and for owners the invitation form. */
export default async function MembersTemplate({ members, isOwner }: Props) {
  const t = await getTranslations("SellerMembers")
  return (
    <>
      <Link href={SELLER_PATHS.profile} className={back.back} data-testid="seller-members-back">
        ← {t("backToProfile")}
      </Link>
      <h1>{t("title")}</h1>
      <p className={styles.count}>{t("count", { count: members.filter((m) => m.status === "active").length })}</p>
      <MemberList members={members} isOwner={isOwner} />
      {isOwner ? <InviteForm /> : <p className={styles.count}>{t("ownersOnly")}</p>}
    </>
  )
}
