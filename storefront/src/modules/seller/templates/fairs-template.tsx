import { getTranslations } from "next-intl/server"
import type { SellerFairView } from "@/lib/data/seller/fair-views"
import FairList from "../components/fair-list"
import FairSectionTabs from "../components/fair-section-tabs"
import styles from "./list-template.module.css"

type Props = { fairs: SellerFairView[]; renderedAt: number }

/** The fairs a cooperative can join, soonest first, with its booth in each. */
export default async function FairsTemplate({ fairs, renderedAt }: Props) {
  const t = await getTranslations("SellerFairs")
  return (
    <>
      <FairSectionTabs current="fairs" />
      <h1>{t("title")}</h1>
      <p className={styles.count}>{t("lead")}</p>
      <p className={styles.count} data-testid="seller-fairs-count">
        {t("count", { count: fairs.length })}
      </p>
      {fairs.length > 0 ? (
        <FairList fairs={fairs} now={renderedAt} />
      ) : (
        <p className={styles.empty} data-testid="seller-fairs-empty">
          {t("empty")}
        </p>
      )}
    </>
  )
}
