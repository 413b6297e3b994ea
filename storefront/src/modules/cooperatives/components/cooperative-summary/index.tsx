import { getTranslations } from "next-intl/server"
import type { CooperativeView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { cooperative: CooperativeView }

/** Who the cooperative is: kind, name, where it is, how many members, its own words. */
export default async function CooperativeSummary({ cooperative }: Props) {
  const t = await getTranslations("Cooperative")
  const { kind, commune, province, memberCount, description } = cooperative
  const location = [commune, province].filter(Boolean).join(", ")
  const paragraphs = description?.split(/\n\s*\n/).filter((p) => p.trim() !== "") ?? []

  return (
    <header className={styles.summary}>
      {kind && <p className={styles.kind}>{t(`kind.${kind}`)}</p>}
      <h1 className={styles.name} data-testid="cooperative-name">
        {cooperative.name}
      </h1>
      <ul className={styles.facts}>
        {location && (
          <li data-testid="cooperative-location">
            {commune && province ? t("location", { commune, province }) : location}
          </li>
        )}
        {memberCount !== null && <li data-testid="cooperative-members">{t("members", { count: memberCount })}</li>}
      </ul>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className={styles.description}>
          {paragraph}
        </p>
      ))}
    </header>
  )
}
