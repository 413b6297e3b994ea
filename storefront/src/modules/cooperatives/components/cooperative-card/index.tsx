import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CooperativeCardView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { cooperative: CooperativeCardView }

/** A cooperative in the directory: logo or initials, kind, name, place, sectors, products; the whole card opens it. */
export default async function CooperativeCard({ cooperative }: Props) {
  const [t, tc] = await Promise.all([getTranslations("Directory"), getTranslations("Cooperative")])
  const { handle, name, kind, commune, province, sectors, productCount, logoUrl, initials } = cooperative
  const location = commune && province ? tc("location", { commune, province }) : commune || province

  return (
    <article className={styles.card} data-testid="cooperative-card" data-handle={handle}>
      <div className={styles.logo}>
        {logoUrl ? (
          // Plain <img>: logos come from the backend's host, which differs per deployment.
          <img src={logoUrl} alt={t("logoAlt", { name })} loading="lazy" decoding="async" />
        ) : (
          <span aria-hidden="true">{initials}</span>
        )}
      </div>
      <div className={styles.body}>
        {kind && <p className={styles.kind}>{tc(`kind.${kind}`)}</p>}
        <h2 className={styles.name}>
          <Link href={`/cooperatives/${handle}`} className={styles.link} data-testid="cooperative-card-link">
            {name}
          </Link>
        </h2>
        {location && (
          <p className={styles.location} data-testid="cooperative-card-location">
            {location}
          </p>
        )}
        {sectors.length > 0 && (
          <ul className={styles.sectors} aria-label={t("sectorsLabel", { name })}>
            {sectors.map((sector) => (
              <li key={sector}>{sector}</li>
            ))}
          </ul>
        )}
        <p className={styles.products} data-testid="cooperative-card-products">
          {t("productCount", { count: productCount })}
        </p>
      </div>
    </article>
  )
}
