import type { ReactNode } from "react"
import type { SellerContextView } from "@/lib/data/seller/views"
import SellerHeader from "../components/seller-header"
import SellerTabs from "../components/seller-tabs"
import styles from "./portal-shell.module.css"

type Props = { context: SellerContextView; children: ReactNode }

/** Frame of every signed-in portal page: header with the open cooperative, section tabs, the page. */
export default function PortalShell({ context, children }: Props) {
  return (
    <div className={styles.shell} data-testid="seller-portal">
      <SellerHeader context={context} />
      <SellerTabs />
      <div className={`container ${styles.content}`}>{children}</div>
    </div>
  )
}
