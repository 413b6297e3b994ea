import type { CountryOption, ForeignAddressValues } from "@/lib/data/checkout-views"
import styles from "./styles.module.css"

type Props = { values: ForeignAddressValues; countries: CountryOption[] }

/** The saved contact and address abroad, written as that country's post reads it. */
export default function ForeignAddressSummary({ values, countries }: Props) {
  const country = countries.find((c) => c.code === values.country)?.name ?? values.country.toUpperCase()
  return (
    <address className={styles.address} data-testid="checkout-address-summary">
      <span className={styles.name}>{values.fullName}</span>
      <span>{values.phone}</span>
      <span>{values.street}</span>
      <span>{[values.city, values.state, values.postalCode].filter(Boolean).join(", ")}</span>
      <span>{country}</span>
      <span>{values.email}</span>
    </address>
  )
}
