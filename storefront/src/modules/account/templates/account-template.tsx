import type { ReactNode } from "react"
import AccountNav, { type AccountSection } from "../components/account-nav"
import styles from "../styles/account.module.css"

type Props = { title: string; section: AccountSection; children: ReactNode }

/** A signed-in account page: its title, the section menu and the section itself. */
export default function AccountTemplate({ title, section, children }: Props) {
  return (
    <div className={`container ${styles.page}`}>
      <h1>{title}</h1>
      <div className={styles.layout}>
        <AccountNav current={section} />
        <section className={styles.section} data-testid={`account-section-${section}`}>
          {children}
        </section>
      </div>
    </div>
  )
}
