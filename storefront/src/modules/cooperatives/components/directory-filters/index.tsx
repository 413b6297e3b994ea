import { getLocale, getTranslations } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import type { DirectoryQuery, DirectoryView, FacetOptionView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { query: DirectoryQuery; facets: DirectoryView["facets"] }

type SelectProps = {
  name: "commune" | "sector" | "kind"
  label: string
  anyLabel: string
  options: { value: string; label: string }[]
  value: string | undefined
}

function FilterSelect({ name, label, anyLabel, options, value }: SelectProps) {
  // A value from the URL that no cooperative has any more still shows as chosen, so the form tells the truth.
  const choices = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options
  return (
    <div className={styles.field}>
      <label htmlFor={`directory-${name}`}>{label}</label>
      <select id={`directory-${name}`} name={name} defaultValue={value ?? ""} data-testid={`directory-${name}-filter`}>
        <option value="">{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Search box and filters as a plain GET form, so the directory works before (or without) JavaScript. */
export default async function DirectoryFilters({ query, facets }: Props) {
  const [t, tc, locale] = await Promise.all([getTranslations("Directory"), getTranslations("Cooperative"), getLocale()])
  const withCount = (facet: FacetOptionView, label = facet.value) => ({ value: facet.value, label: t("option", { value: label, count: facet.count }) })
  const filtered = Boolean(query.q || query.commune || query.sector || query.kind)

  return (
    <form
      method="get"
      action={getPathname({ href: "/cooperatives", locale })}
      role="search"
      aria-label={t("filtersLabel")}
      className={styles.form}
      data-testid="directory-filters"
    >
      <div className={`${styles.field} ${styles.search}`}>
        <label htmlFor="directory-q">{t("searchLabel")}</label>
        <input
          id="directory-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ""}
          placeholder={t("searchPlaceholder")}
          maxLength={100}
          autoComplete="off"
          data-testid="directory-search"
        />
      </div>
      <FilterSelect name="commune" label={t("communeLabel")} anyLabel={t("any")} value={query.commune} options={facets.communes.map((f) => withCount(f))} />
      <FilterSelect name="sector" label={t("sectorLabel")} anyLabel={t("any")} value={query.sector} options={facets.sectors.map((f) => withCount(f))} />
      <FilterSelect
        name="kind"
        label={t("kindLabel")}
        anyLabel={t("any")}
        value={query.kind}
        options={facets.kinds.map((f) => withCount(f, tc(`kind.${f.value}`)))}
      />
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" data-testid="directory-apply">
          {t("apply")}
        </button>
        {filtered && (
          <Link href="/cooperatives" className="button" data-testid="directory-clear">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  )
}
