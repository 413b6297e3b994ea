"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { Link, usePathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import styles from "./styles.module.css"

/** Link to the same page in the other language, keeping the query (e.g. ?page=2). */
export default function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher")
  const locale = useLocale()
  const pathname = usePathname()
  const query = Object.fromEntries(useSearchParams().entries())
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale

  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={t("ariaLabel")}
      className={styles.switcher}
      data-testid="locale-switcher"
    >
      {t("label")}
    </Link>
  )
}
