import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { SELLER_PATHS, sellerInvitationPath } from "@/lib/data/seller/paths"
import type { InvitationView } from "@/lib/data/seller/views"
import AcceptInvitation from "../components/accept-invitation"
import styles from "./invitation-template.module.css"

type Props = { invitation: InvitationView | null; token: string; signedInEmail: string | null }

/** An invitation to join a cooperative: whose and as what; accept when signed in, else log in or register and come back. */
export default async function InvitationTemplate({ invitation, token, signedInEmail }: Props) {
  const t = await getTranslations("SellerInvitation")
  if (!invitation) {
    return (
      <section className={styles.card} data-testid="seller-invitation-invalid">
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
        <Link href={SELLER_PATHS.login} className="button">
          {t("toLogin")}
        </Link>
      </section>
    )
  }
  const back = { next: sellerInvitationPath(token) }
  const otherPerson = signedInEmail !== null && signedInEmail.toLowerCase() !== invitation.email.toLowerCase()
  return (
    <section className={styles.card} data-testid="seller-invitation" data-role={invitation.role}>
      <h1>{t("title")}</h1>
      <p className={styles.cooperative} data-testid="seller-invitation-cooperative">
        {invitation.cooperativeName}
      </p>
      <dl className={styles.facts}>
        <dt>{t("role")}</dt>
        <dd data-testid="seller-invitation-role">{t(`roles.${invitation.role}`)}</dd>
        <dt>{t("email")}</dt>
        <dd>{invitation.email}</dd>
        {invitation.expiresLabel && (
          <>
            <dt>{t("expires")}</dt>
            <dd>{invitation.expiresLabel}</dd>
          </>
        )}
      </dl>
      {signedInEmail === null ? (
        <div className={styles.choices}>
          <p>{t("signInFirst")}</p>
          <Link
            href={{ pathname: SELLER_PATHS.login, query: back }}
            className="button button-primary"
            data-testid="seller-invitation-login"
          >
            {t("login")}
          </Link>
          <Link href={{ pathname: SELLER_PATHS.register, query: back }} className="button" data-testid="seller-invitation-register">
            {t("register")}
          </Link>
        </div>
      ) : (
        <>
          {otherPerson && (
            <p className={styles.warning} data-testid="seller-invitation-other-person">
              {t("otherPerson", { email: signedInEmail })}
            </p>
          )}
          <AcceptInvitation token={token} />
        </>
      )}
    </section>
  )
}
