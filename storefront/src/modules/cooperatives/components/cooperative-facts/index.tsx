import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { CooperativeView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { cooperative: CooperativeView }

type Fact = { key: string; label: string; value: ReactNode }

/** The cooperative's identity a shopper can check: address, contacts, registration, representative, founding year, sectors. */
export default async function CooperativeFacts({ cooperative }: Props) {
  const t = await getTranslations("CooperativeProfile")
  const { address, phone, phoneHref, email, registrationNumber, legalRepresentative, foundedYear, sectors } = cooperative
  const facts: Fact[] = []
  if (address) facts.push({ key: "address", label: t("address"), value: address })
  if (phone) facts.push({ key: "phone", label: t("phone"), value: phoneHref ? <a href={phoneHref}>{phone}</a> : phone })
  if (email) facts.push({ key: "email", label: t("email"), value: <a href={`mailto:${email}`}>{email}</a> })
  if (registrationNumber) facts.push({ key: "registration-number", label: t("registrationNumber"), value: registrationNumber })
  if (legalRepresentative) facts.push({ key: "legal-representative", label: t("legalRepresentative"), value: legalRepresentative })
  if (foundedYear !== null) facts.push({ key: "founded", label: t("founded"), value: foundedYear })
  if (sectors.length > 0) facts.push({ key: "sectors", label: t("sectors"), value: sectors.join(", ") })
  if (facts.length === 0) return null

  return (
    <section className={styles.facts} aria-labelledby="cooperative-facts-title" data-testid="cooperative-facts">
      <h2 id="cooperative-facts-title" className={styles.title}>
        {t("title")}
      </h2>
      <dl className={styles.list}>
        {facts.map((fact) => (
          <div key={fact.key} className={styles.row}>
            <dt>{fact.label}</dt>
            <dd data-testid={`cooperative-${fact.key}`}>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
