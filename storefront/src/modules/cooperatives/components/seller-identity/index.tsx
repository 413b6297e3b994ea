import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import OcopBadge from "@/modules/ocop/components/ocop-badge"
import type { SellerIdentityView, SellerStatsView } from "@/types/views"
import styles from "./styles.module.css"

type Props = {
  seller: SellerIdentityView
  /** Products on sale and OCOP standing; left out when they could not be read. */
  stats?: SellerStatsView | null
  /** In-page link to the wholesale inquiry under the product, when the page has one. */
  wholesaleHref?: string
}

/**
 * The seller card: who sells the product and where (commune, province), what else it sells and its OCOP standing, the
 * identity the e-commerce decree asks a listing to show (address, phone, registration number), and ways to go further.
 */
export default async function SellerIdentity({ seller, stats, wholesaleHref }: Props) {
  const [t, tc, td, to] = await Promise.all([
    getTranslations("SellerIdentity"),
    getTranslations("Cooperative"),
    getTranslations("Directory"),
    getTranslations("Ocop"),
  ])
  const { name, handle, commune, province, address, phone, phoneHref, registrationNumber } = seller
  const location = commune && province ? tc("location", { commune, province }) : commune || province

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
      {location && (
        <p className={styles.location} data-testid="seller-location">
          {location}
        </p>
      )}
      {stats && (
        <ul className={styles.stats} aria-label={t("statsLabel", { name })}>
          <li data-testid="seller-product-count" data-count={stats.productCount}>
            {td("productCount", { count: stats.productCount })}
          </li>
          {stats.ocop && (
            <li className={styles.ocop} data-testid="seller-ocop" data-count={stats.ocop.productCount} data-best-stars={stats.ocop.best.stars}>
              <OcopBadge badge={stats.ocop.best} />
              <span>{to("cooperativeCount", { count: stats.ocop.productCount })}</span>
            </li>
          )}
        </ul>
      )}
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
      <p className={styles.links}>
        <Link href={`/cooperatives/${handle}`} className={styles.profile} data-testid="seller-profile-link">
          {t("profile")} →
        </Link>
        {wholesaleHref && (
          <a href={wholesaleHref} className={styles.profile} data-testid="seller-wholesale-link">
            {t("wholesale")}
          </a>
        )}
      </p>
    </section>
  )
}
