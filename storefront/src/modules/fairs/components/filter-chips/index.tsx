import { Link } from "@/i18n/navigation"
import styles from "./styles.module.css"

type Choice = { value: string | null; label: string; query: Record<string, string> }

type Props = { label: string; pathname: string; choices: Choice[]; selected: string | null; testIdPrefix: string }

/** A row of links, one per choice, the current one marked; each link is the page's address with its query. */
export default function FilterChips({ label, pathname, choices, selected, testIdPrefix }: Props) {
  return (
    <nav aria-label={label} className={styles.filter}>
      <ul className={styles.list}>
        {choices.map((choice) => {
          const current = choice.value === selected
          return (
            <li key={choice.value ?? "all"}>
              <Link
                href={Object.keys(choice.query).length > 0 ? { pathname, query: choice.query } : pathname}
                // The list stays where the visitor is looking instead of jumping to the top.
                scroll={false}
                aria-current={current ? "true" : undefined}
                className={`${styles.chip} ${current ? styles.current : ""}`}
                data-testid={`${testIdPrefix}-${choice.value ?? "all"}`}
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
