import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import RegisterForm from "../components/register-form"
import SignInForm from "../components/sign-in-form"
import styles from "../styles/account.module.css"

type Props = { mode: "signIn" | "register"; next: string | null }

/** Sign-in or register page: a short reason to have an account, the form and the way to the other one. */
export default async function AuthTemplate({ mode, next }: Props) {
  const t = await getTranslations("Account")
  const other = mode === "signIn" ? { href: "/account/register", ask: t("signIn.noAccount"), go: t("signIn.register") } : { href: "/account/login", ask: t("register.haveAccount"), go: t("register.signIn") }
  const query = next ? { next } : undefined
  return (
    <div className={`container ${styles.page} ${styles.narrow}`}>
      <h1>{t(`${mode}.title`)}</h1>
      <p className={styles.muted}>{t(`${mode}.intro`)}</p>
      {mode === "signIn" ? <SignInForm next={next} /> : <RegisterForm next={next} />}
      <p>
        {other.ask}{" "}
        <Link href={{ pathname: other.href, query }} data-testid={`account-${mode === "signIn" ? "register" : "signin"}-link`}>
          {other.go}
        </Link>
      </p>
    </div>
  )
}
