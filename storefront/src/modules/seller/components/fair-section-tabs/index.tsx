import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { SELLER_FAIR_PATHS } from "@/lib/data/seller/paths"
import styles from "./styles.module.css"

type Section = "fairs" | "leads"

/** Fairs / trade inquiries: the two pages of the portal's fair section, as links. */
export default function FairSectionTabs({ current }: { current: Section }) {
  const t = useTranslations("SellerFairs")
  const sections: Section[] = ["fairs", "leads"]
  return (
    <nav aria-label={t("sectionsLabel")}>
      <ul className={styles.tabs}>
        {sections.map((section) => (
          <li key={section}>
            <Link
              href={SELLER_FAIR_PATHS[section]}
              className={styles.tab}
              aria-current={section === current ? "page" : undefined}
              data-testid={`seller-fair-section-${section}`}
            >
              {t(`tabs.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
