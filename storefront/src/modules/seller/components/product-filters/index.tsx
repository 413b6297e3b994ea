import { useTranslations } from "next-intl"
import type { SellerProductStatus } from "@/lib/data/seller/product-views"
import form from "../../styles/form.module.css"
import styles from "./styles.module.css"

type Props = { q: string; status: SellerProductStatus | null }

const STATUSES: SellerProductStatus[] = ["draft", "published", "archived"]

/** Search and status filter; a plain GET form, so the filter lives in the URL and works without scripts. */
export default function ProductFilters({ q, status }: Props) {
  const t = useTranslations("SellerProducts")
  return (
    <form method="get" className={styles.filters} role="search" data-testid="seller-products-filters">
      <label className="visually-hidden" htmlFor="seller-products-search">
        {t("search")}
      </label>
      <input
        id="seller-products-search"
        name="q"
        type="search"
        defaultValue={q}
        placeholder={t("searchPlaceholder")}
        className={form.input}
        data-testid="seller-products-search"
      />
      <label className="visually-hidden" htmlFor="seller-products-status">
        {t("statusFilter")}
      </label>
      <select
        id="seller-products-status"
        name="status"
        defaultValue={status ?? ""}
        className={form.input}
        data-testid="seller-products-status"
      >
        <option value="">{t("allStatuses")}</option>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`status.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button" data-testid="seller-products-filter-submit">
        {t("filter")}
      </button>
    </form>
  )
}
