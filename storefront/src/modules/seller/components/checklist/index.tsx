import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { SELLER_PATHS } from "@/lib/data/seller/paths"
import type { ChecklistKey, DashboardView } from "@/lib/data/seller/views"
import styles from "./styles.module.css"

// Where each step is done; approval is the operators' step, so it has no link.
const LINKS: Record<ChecklistKey, string | null> = {
  profile: SELLER_PATHS.profile,
  bank_account: `${SELLER_PATHS.profile}#bank`,
  first_product: SELLER_PATHS.newProduct,
  approved: null,
}

/** The new cooperative's first steps, ticked as the backend sees them done. */
export default function Checklist({ items }: { items: DashboardView["checklist"] }) {
  const t = useTranslations("SellerDashboard")
  if (items.length === 0) return null
  const remaining = items.filter((item) => !item.done).length
  return (
    <section className={styles.card} aria-labelledby="seller-checklist-title" data-testid="seller-checklist">
      <h2 id="seller-checklist-title" className={styles.heading}>
        {t("checklistTitle")}
      </h2>
      <p className={styles.progress}>{remaining === 0 ? t("checklistDone") : t("checklistRemaining", { count: remaining })}</p>
      <ol className={styles.list}>
        {items.map((item) => {
          const href = LINKS[item.key]
          const label = t(`checklist.${item.key}`)
          return (
            <li
              key={item.key}
              className={item.done ? styles.done : styles.todo}
              data-testid="seller-checklist-item"
              data-key={item.key}
              data-done={item.done}
            >
              <span className={styles.mark} aria-hidden="true">
                {item.done ? "✓" : ""}
              </span>
              <span className="visually-hidden">{item.done ? t("stepDone") : t("stepTodo")}</span>
              {href && !item.done ? <Link href={href}>{label}</Link> : <span>{label}</span>}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
