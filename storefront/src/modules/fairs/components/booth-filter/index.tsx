import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { FairBoothView } from "@/lib/data/fair-views"
import styles from "./styles.module.css"

type Props = { fairSlug: string; booths: FairBoothView[]; selected: string | null }

/** Links that keep one booth's products (or every booth's); plain links, so they work before JavaScript. */
export default function BoothFilter({ fairSlug, booths, selected }: Props) {
  const t = useTranslations("Fair")
  const pathname = `/fairs/${fairSlug}`
  const choices = [{ code: null, label: t("filterAll") }, ...booths.map((b) => ({ code: b.code, label: t("filterBooth", { code: b.code, name: b.cooperative.name }) }))]
  return (
    <nav aria-label={t("filterLabel")} className={styles.filter}>
      <ul className={styles.list}>
        {choices.map((choice) => {
          const current = choice.code === selected
          return (
            <li key={choice.code ?? "all"}>
              <Link
                href={choice.code ? { pathname, query: { booth: choice.code } } : pathname}
                // The list stays where the visitor is looking instead of jumping to the top.
                scroll={false}
                aria-current={current ? "true" : undefined}
                className={`${styles.chip} ${current ? styles.current : ""}`}
                data-testid={`fair-booth-filter-${choice.code ?? "all"}`}
              >
                {choice.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
