import { useTranslations } from "next-intl"
import type { CheckoutActionError } from "@/lib/data/mappers/checkout-error"
import styles from "./styles.module.css"

type Props = { error: CheckoutActionError | null }

/** Why a step failed, in the shop's words, with the backend's sentence (which names the product or cooperative) under it. */
export default function CheckoutError({ error }: Props) {
  const t = useTranslations("CheckoutErrors")
  return (
    <div role="alert" className={styles.slot}>
      {error && (
        <div className={styles.error} data-testid="checkout-error" data-code={error.code}>
          <p className={styles.message}>{t(error.code)}</p>
          {error.detail && <p className={styles.detail}>{error.detail}</p>}
        </div>
      )}
    </div>
  )
}
