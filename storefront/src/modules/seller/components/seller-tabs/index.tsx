"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { SELLER_FAIR_PATHS, SELLER_PATHS } from "@/lib/data/seller/paths"
import styles from "./styles.module.css"

type Tab = { key: "dashboard" | "products" | "lots" | "orders" | "fairs" | "profile"; href: string; also?: string[]; icon: string }

// 24×24 outline icons: house, box, QR code, receipt, pennant, person.
const TABS: Tab[] = [
  { key: "dashboard", href: SELLER_PATHS.home, icon: "M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z" },
  {
    key: "products",
    href: SELLER_PATHS.products,
    also: [SELLER_PATHS.ocop],
    icon: "M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10",
  },
  { key: "lots", href: SELLER_PATHS.lots, icon: "M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2" },
  { key: "orders", href: SELLER_PATHS.orders, icon: "M6 3h12v18l-3-2-3 2-3-2-3 2zM9 8h6M9 12h6" },
  // Trade inquiries often come from fair booths, so they live in the same section.
  { key: "fairs", href: SELLER_FAIR_PATHS.fairs, also: [SELLER_FAIR_PATHS.leads], icon: "M5 21V4M5 4h12l-3 4 3 4H5" },
  {
    key: "profile",
    href: SELLER_PATHS.profile,
    also: [SELLER_PATHS.members],
    icon: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0",
  },
]

function isCurrent(pathname: string, tab: Tab): boolean {
  if (tab.href === SELLER_PATHS.home) return pathname === tab.href
  return [tab.href, ...(tab.also ?? [])].some((href) => pathname === href || pathname.startsWith(`${href}/`))
}

/** The portal's six sections: a bottom tab bar on phones, a row under the header on wider screens. */
export default function SellerTabs() {
  const t = useTranslations("SellerNav")
  const pathname = usePathname()
  return (
    <nav className={styles.tabs} aria-label={t("sections")}>
      <ul className={styles.list}>
        {TABS.map((tab) => {
          const current = isCurrent(pathname, tab)
          return (
            <li key={tab.key}>
              <Link
                href={tab.href}
                className={styles.tab}
                aria-current={current ? "page" : undefined}
                data-testid={`seller-tab-${tab.key}`}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" className={styles.icon}>
                  <path d={tab.icon} />
                </svg>
                <span>{t(tab.key)}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
