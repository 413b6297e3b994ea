import { getTranslations } from "next-intl/server"
import { FAIR_SECTIONS, type FairsOverview } from "@/lib/data/fair-views"
import FairCard from "../components/fair-card"
import styles from "./fairs-template.module.css"

type Props = { overview: FairsOverview }

/** The fair list: fairs live now, coming up and past, each section saying so when it is empty. */
export default async function FairsTemplate({ overview }: Props) {
  const t = await getTranslations("Fairs")
  return (
    <div className="container" data-testid="fairs-page">
      <header className={styles.header}>
        <h1>{t("title")}</h1>
        <p className={styles.intro}>{t("intro")}</p>
      </header>
      {FAIR_SECTIONS.map((section) => (
        <section key={section} className={styles.section} aria-labelledby={`fairs-${section}`} data-testid={`fairs-${section}`}>
          <h2 id={`fairs-${section}`}>{t(`sections.${section}`)}</h2>
          {overview[section].length === 0 ? (
            <p className={styles.empty}>{t(`empty.${section}`)}</p>
          ) : (
            <ul className={styles.grid}>
              {overview[section].map((fair) => (
                <li key={fair.slug}>
                  <FairCard fair={fair} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  )
}
