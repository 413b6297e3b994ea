import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { FairBoothView, FairProductView, FairView } from "@/lib/data/fair-views"
import FairDates from "../components/fair-dates"
import FairProductGrid from "../components/fair-product-grid"
import FairStatus from "../components/fair-status"
import FairVisit from "../components/fair-visit"
import TradeInquiryForm from "@/modules/trade-leads/components/trade-inquiry-form"
import styles from "./booth-template.module.css"

type Props = { fair: FairView; booth: FairBoothView; products: FairProductView[]; renderedAt: number }

/** The products a booth asks about, each once (a product may be featured in several variants). */
function inquiryProducts(products: FairProductView[]): { id: string; title: string }[] {
  return [...new Map(products.map((p) => [p.productId, { id: p.productId, title: p.title }])).values()]
}

/** One booth of a fair: its cooperative, its products at fair prices, and a trade inquiry to the cooperative. */
export default async function BoothTemplate({ fair, booth, products, renderedAt }: Props) {
  const [t, tInquiry, tFair] = await Promise.all([getTranslations("FairBooth"), getTranslations("TradeInquiry"), getTranslations("Fair")])
  const { cooperative } = booth
  return (
    <div className="container" data-testid="booth-page" data-code={booth.code}>
      <FairVisit slug={fair.slug} booth={booth.code} />
      <p className={styles.back}>
        <Link href={`/fairs/${fair.slug}`} data-testid="booth-fair-link">
          ← {t("backToFair", { fair: fair.name })}
        </Link>
      </p>
      <header className={styles.header}>
        <h1 data-testid="booth-title">{t("title", { code: booth.code, name: cooperative.name })}</h1>
        <p className={styles.muted}>
          {fair.name} · <FairDates startsAt={fair.startsAt} endsAt={fair.endsAt} />
        </p>
        <FairStatus phase={fair.phase} startsAt={fair.startsAt} renderedAt={renderedAt} />
      </header>
      <dl className={styles.cooperative} data-testid="booth-cooperative">
        <dt>{tFair("boothLabel", { code: booth.code })}</dt>
        <dd data-testid="booth-cooperative-name">{cooperative.name}</dd>
        {cooperative.place && (
          <>
            <dt>{t("place")}</dt>
            <dd data-testid="booth-cooperative-place">{cooperative.place}</dd>
          </>
        )}
        <dd>
          <Link href={`/cooperatives/${cooperative.handle}`} className={styles.cooperativeLink} data-testid="booth-cooperative-link">
            {t("cooperativeLink")}
          </Link>
        </dd>
      </dl>
      <section aria-labelledby="booth-products" className={styles.section}>
        <h2 id="booth-products">{t("productsTitle")}</h2>
        {fair.phase !== "live" && <p className={styles.muted}>{tFair("fairPriceNote")}</p>}
        <FairProductGrid products={products} fairSlug={fair.slug} canBuy={fair.phase === "live"} emptyText={t("productsEmpty")} showBooth={false} />
      </section>
      <section aria-labelledby="booth-inquiry" className={`${styles.section} ${styles.inquiry}`}>
        <h2 id="booth-inquiry">{tInquiry("title")}</h2>
        <TradeInquiryForm
          context={{ cooperative: cooperative.handle, fairSlug: fair.slug, boothCode: booth.code }}
          products={inquiryProducts(products)}
        />
      </section>
    </div>
  )
}
