import type { CheckoutAddressValues } from "@/lib/data/checkout-views"
import styles from "./styles.module.css"

type Props = { values: CheckoutAddressValues }

/** The saved contact and address, as a courier would read it. */
export default function AddressSummary({ values }: Props) {
  return (
    <address className={styles.address} data-testid="checkout-address-summary">
      <span className={styles.name}>{values.fullName}</span>
      <span>{values.phone}</span>
      <span>{[values.street, values.commune, values.province].filter(Boolean).join(", ")}</span>
      <span>{values.email}</span>
    </address>
  )
}
