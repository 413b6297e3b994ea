import type { ReactNode } from "react"
import PublicHeader from "../components/public-header"
import styles from "./public-shell.module.css"

/** Frame of the portal's public pages: a title bar and a narrow column that suits a phone. */
export default function PublicShell({ children }: { children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <PublicHeader />
      <div className={`container ${styles.content}`}>{children}</div>
    </div>
  )
}
