import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { emptyCooperativeValues } from "@/lib/data/seller/mappers/cooperative"
import { SELLER_PATHS, withNext } from "@/lib/data/seller/paths"
import RegisterForm, { type RegisterMode } from "../components/register-form"
import styles from "./auth-template.module.css"

type Props = { mode: RegisterMode; next: string | null; defaultEmail: string }

/** The registration page: what happens next (approval), the form, the way to log in instead. */
export default async function RegisterTemplate({ mode, next, defaultEmail }: Props) {
  const t = await getTranslations("SellerAuth")
  const lead = mode === "person" ? t("registerPersonLead") : mode === "cooperative" ? t("registerCooperativeLead") : t("registerLead")
  return (
    <section className={styles.card}>
      <h1>{mode === "cooperative" ? t("registerCooperativeTitle") : t("registerTitle")}</h1>
      <p className={styles.lead}>{lead}</p>
      <RegisterForm mode={mode} next={next} defaultEmail={defaultEmail} cooperativeValues={emptyCooperativeValues()} />
      {mode !== "cooperative" && (
        <p className={styles.switch}>
          {t("haveAccount")}{" "}
          <Link href={withNext(SELLER_PATHS.login, next)} data-testid="seller-register-login">
            {t("loginLink")}
          </Link>
        </p>
      )}
    </section>
  )
}
