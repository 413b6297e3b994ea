import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import SearchBox from "@/modules/search/components/search-box"
import AccountLink from "../account-link"
import CartLink from "../cart-link"
import LocaleSwitcher from "../locale-switcher"
import RegionSwitcher from "../region-switcher"
import styles from "./styles.module.css"

type Props = { cartCount: number; signedIn: boolean }

/** Top bar: brand (home), the catalogue search box, the cooperative directory, OCOP products and trade fairs, where to ship (region and currency), language switch, the account and the cart with its item count. */
export default async function SiteHeader({ cartCount, signedIn }: Props) {
  const [t, tOcop, tFairs] = await Promise.all([getTranslations("Header"), getTranslations("Ocop"), getTranslations("Fairs")])
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href="/" className={styles.brand} aria-label={t("homeLabel")}>
          <span className={styles.mark} aria-hidden="true">
            HTX
          </span>
          <span className={styles.brandText}>
            <span className={styles.brandName}>Tuyên Quang</span>
            <span className={styles.tagline}>{t("brandTagline")}</span>
          </span>
        </Link>
        <div className={styles.search}>
          <SearchBox />
        </div>
        <nav className={styles.nav} aria-label={t("navLabel")}>
          <Link href="/cooperatives" className={styles.navLink} data-testid="header-cooperatives-link">
            {t("cooperatives")}
          </Link>
          <Link href="/ocop" className={styles.navLink} data-testid="header-ocop-link">
            {tOcop("navLink")}
          </Link>
          <Link href="/fairs" className={styles.navLink} data-testid="header-fairs-link">
            {tFairs("navLink")}
          </Link>
        </nav>
        <div className={styles.actions}>
          <RegionSwitcher />
          <LocaleSwitcher />
          <AccountLink signedIn={signedIn} />
          <CartLink count={cartCount} />
        </div>
      </div>
    </header>
  )
}
