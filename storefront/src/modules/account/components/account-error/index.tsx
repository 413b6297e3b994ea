import { useTranslations } from "next-intl"
import type { AccountErrorCode } from "@/lib/data/account-views"
import styles from "../../styles/account.module.css"

type Props = { error: AccountErrorCode | null }

/** Why an account form or action failed, read out to screen readers as it appears. */
export default function AccountError({ error }: Props) {
  const t = useTranslations("AccountErrors")
  if (!error) return null
  return (
    <p className={styles.error} role="alert" data-testid="account-error" data-code={error}>
      {t(error)}
    </p>
  )
}
