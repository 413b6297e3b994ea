import { useTranslations } from "next-intl"
import type { MemberView } from "@/lib/data/seller/views"
import StatusBadge from "../status-badge"
import RemoveMember from "./remove-member"
import styles from "./styles.module.css"

type Props = { members: MemberView[]; isOwner: boolean }

/** Who works for the cooperative, and who has been invited; owners may remove anyone but the last owner. */
export default function MemberList({ members, isOwner }: Props) {
  const t = useTranslations("SellerMembers")
  return (
    <ul className={styles.list} data-testid="seller-member-list">
      {members.map((member) => (
        <li
          key={member.id}
          className={styles.member}
          data-testid="seller-member-row"
          data-email={member.email}
          data-role={member.role}
          data-status={member.status}
        >
          <span className={styles.who}>
            <strong>{member.fullName ?? member.email}</strong>
            {member.isSelf && <span className={styles.self}> {t("you")}</span>}
            {member.fullName && <span className={styles.email}>{member.email}</span>}
            {member.sinceLabel && (
              <span className={styles.since}>
                {member.status === "invited" ? t("invitedOn", { date: member.sinceLabel }) : t("since", { date: member.sinceLabel })}
              </span>
            )}
          </span>
          <span className={styles.badges}>
            <StatusBadge label={t(`roles.${member.role}`)} tone={member.role === "owner" ? "good" : "neutral"} status={member.role} />
            {member.status === "invited" && <StatusBadge label={t("invited")} tone="warn" status="invited" />}
          </span>
          {isOwner && member.removable && (
            <RemoveMember id={member.id} label={member.fullName ?? member.email} invited={member.status === "invited"} />
          )}
        </li>
      ))}
    </ul>
  )
}
