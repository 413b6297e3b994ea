import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { SELLER_PATHS, withNext } from "@/lib/data/seller/paths"
import LoginForm from "../components/login-form"
import styles from "./auth-template.module.css"

type Props = { next: string | null; expired: boolean }

/** The seller login page: why they are here (an expired session), the form, and the way to register. */
export default async function LoginTemplate({ next, expired }: Props) {
  const t = await getTranslations("SellerAuth")
  return (
    <section className={styles.card}>
      <h1>{t("loginTitle")}</h1>
      {expired && (
        <p className={styles.notice} role="status" data-testid="seller-login-expired">
          {t("sessionExpired")}
        </p>
      )}
      <p className={styles.lead}>{t("loginLead")}</p>
      <LoginForm next={next} />
      <p className={styles.switch}>
        {t("noAccount")}{" "}
        <Link href={withNext(SELLER_PATHS.register, next)} data-testid="seller-login-register-link">
          {t("registerLink")}
        </Link>
      </p>
    </section>
  )
}
