import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import styles from "./styles.module.css"

type Props = { error: SellerActionError | null; testId: string; children?: ReactNode }

/** Why an action failed: the backend's own sentence when it gave one, else ours; always announced. */
export default function FormError({ error, testId, children }: Props) {
  const t = useTranslations("SellerErrors")
  return (
    <div role="alert" className={styles.slot}>
      {error && (
        <p className={styles.error} data-testid={testId} data-code={error.code}>
          {error.message ?? t(error.code)} {children}
        </p>
      )}
    </div>
  )
}
