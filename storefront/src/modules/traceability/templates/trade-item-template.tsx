import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { TradeItemView } from "@/lib/data/traceability-views"
import Thumbnail from "@/modules/common/components/thumbnail"
import ProducerCard from "../components/producer-card"
import styles from "./trade-item-template.module.css"

type Props = { item: TradeItemView }

/** A trade item's page (`/01/{gtin}` without a lot): the product, its maker and its recent lots to choose from. */
export default async function TradeItemTemplate({ item }: Props) {
  const t = await getTranslations("Trace")
  return (
    <article className={`container ${styles.page}`} data-testid="trace-trade-item" data-gtin={item.gtin}>
      <p className={styles.eyebrow}>{t("eyebrow")}</p>
      <header className={styles.hero}>
        <div className={styles.image}>
          <Thumbnail src={item.product.thumbnail} alt={t("productImage", { product: item.product.title })} fallbackLabel={t("noImage")} eager />
        </div>
        <div className={styles.heading}>
          <h1 className={styles.title} data-testid="trace-product">
            {item.product.title}
          </h1>
          {item.variantTitle && <p className={styles.muted}>{item.variantTitle}</p>}
          <p className={styles.muted}>
            {t("gtin")}: <span className={styles.code}>{item.gtin}</span>
          </p>
        </div>
      </header>
      <p className={styles.lead}>{t("tradeItemLead")}</p>
      <section className={styles.lots} aria-labelledby="trace-lots-title">
        <h2 id="trace-lots-title">{t("lotsTitle")}</h2>
        {item.lots.length === 0 ? (
          <p className={styles.muted}>{t("lotsEmpty")}</p>
        ) : (
          <ul className={styles.list}>
            {item.lots.map((lot) => (
              <li key={lot.lotCode}>
                <Link href={lot.path} className={styles.lot} data-testid="trace-lot-link" data-lot-code={lot.lotCode}>
                  <span className={styles.lotCode}>{t("lotLink", { lot: lot.lotCode })}</span>
                  <span className={styles.muted}>
                    {t("lotProduced", { date: lot.producedLabel })}
                    {lot.expiresLabel && ` · ${t("lotExpires", { date: lot.expiresLabel })}`}
                  </span>
                  <span className={styles.chevron} aria-hidden="true">
                    →
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {item.cooperative && <ProducerCard cooperative={item.cooperative} testId="trace-cooperative" />}
      {item.product.handle && (
        <Link href={`/products/${item.product.handle}`} className={`button button-primary ${styles.buy}`} data-testid="trace-buy">
          {t("buy")}
        </Link>
      )}
    </article>
  )
}
