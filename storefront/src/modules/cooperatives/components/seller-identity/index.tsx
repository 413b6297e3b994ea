import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SellerIdentityView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { seller: SellerIdentityView }

/** Who sells the product, as the e-commerce decree asks a listing to show: name, address, phone, registration number. */
export default async function SellerIdentity({ seller }: Props) {
  const t = await getTranslations("SellerIdentity")
  const { name, handle, address, phone, phoneHref, registrationNumber } = seller

  return (
    <section className={styles.seller} aria-labelledby="seller-identity-title" data-testid="seller-identity">
      <h2 id="seller-identity-title" className={styles.title}>
        {t("title")}
      </h2>
      <p className={styles.name}>
        <Link href={`/cooperatives/${handle}`} data-testid="seller-identity-link">
          {name}
        </Link>
      </p>
      <dl className={styles.list}>
        {address && (
          <div>
            <dt>{t("address")}</dt>
            <dd data-testid="seller-address">{address}</dd>
          </div>
        )}
        {phone && (
          <div>
            <dt>{t("phone")}</dt>
            <dd data-testid="seller-phone">{phoneHref ? <a href={phoneHref}>{phone}</a> : phone}</dd>
          </div>
        )}
        {registrationNumber && (
          <div>
            <dt>{t("registrationNumber")}</dt>
            <dd data-testid="seller-registration-number">{registrationNumber}</dd>
          </div>
        )}
      </dl>
      <Link href={`/cooperatives/${handle}`} className={styles.profile}>
        {t("profile")} →
      </Link>
    </section>
  )
}
