import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { signOutAction } from "@/lib/data/account/auth-actions"
import styles from "../../styles/account.module.css"

export type AccountSection = "profile" | "addresses" | "orders"

const HREFS: Record<AccountSection, string> = { profile: "/account", addresses: "/account/addresses", orders: "/account/orders" }

/** The account's sections and the way to sign out. */
export default async function AccountNav({ current }: { current: AccountSection }) {
  const t = await getTranslations("Account")
  return (
    <nav className={styles.nav} aria-label={t("nav.label")}>
      {(Object.keys(HREFS) as AccountSection[]).map((section) => (
        <Link key={section} href={HREFS[section]} className={styles.navLink} aria-current={section === current ? "page" : undefined} data-testid={`account-nav-${section}`}>
          {t(`nav.${section}`)}
        </Link>
      ))}
      <form action={signOutAction}>
        <button type="submit" className="button" data-testid="account-signout">
          {t("signOut")}
        </button>
      </form>
    </nav>
  )
}
