import { getTranslations } from "next-intl/server"
import { signOutAction } from "@/lib/data/seller/auth-actions"
import type { SellerContextView } from "@/lib/data/seller/views"
import CoopSwitcher from "../coop-switcher"
import styles from "./styles.module.css"

type Props = { context: SellerContextView }

/** The portal's compact top bar: which cooperative is open, switching between them, signing out. */
export default async function SellerHeader({ context }: Props) {
  const t = await getTranslations("SellerNav")
  const { active, memberships, person } = context
  return (
    <header className={styles.header} data-testid="seller-header">
      <div className={`container ${styles.bar}`}>
        <div className={styles.identity}>
          <span className={styles.portal}>{t("portal")}</span>
          <strong className={styles.name} data-testid="seller-coop-name" data-cooperative-id={active?.cooperativeId ?? ""}>
            {active ? (active.shortName ?? active.name) : t("noCooperative")}
          </strong>
          <span className={styles.person}>{person.fullName}</span>
        </div>
        <div className={styles.tools}>
          {active && memberships.length > 1 && <CoopSwitcher memberships={memberships} activeId={active.cooperativeId} />}
          <form action={signOutAction}>
            <button type="submit" className={styles.signOut} data-testid="seller-sign-out">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  )
}
