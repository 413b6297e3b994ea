import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import styles from "../cart-link/styles.module.css"

type Props = { signedIn: boolean }

/** Header link to the shopper's account, or to sign in when nobody is. */
export default async function AccountLink({ signedIn }: Props) {
  const t = await getTranslations("Header")
  const label = signedIn ? t("account") : t("signIn")
  return (
    <Link href={signedIn ? "/account" : "/account/login"} className={styles.link} aria-label={label} data-testid="account-link" data-signed-in={signedIn}>
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className={styles.label}>{label}</span>
    </Link>
  )
}
