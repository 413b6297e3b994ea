import { useTranslations } from "next-intl"
import type { FairCategoryView } from "@/lib/data/fair-views"
import { fairFilterQuery } from "@/lib/data/mappers/fair"
import FilterChips from "../filter-chips"

type Props = { fairSlug: string; categories: FairCategoryView[]; selected: string | null; booth: string | null }

/** Links that keep one category's products (or every category's), keeping the chosen booth; plain links, so they work before JavaScript. */
export default function CategoryFilter({ fairSlug, categories, selected, booth }: Props) {
  const t = useTranslations("Fair")
  const choices = [{ value: null, label: t("categoryAll") }, ...categories.map((c) => ({ value: c.handle, label: c.name }))]
  return (
    <FilterChips
      label={t("categoryFilterLabel")}
      pathname={`/fairs/${fairSlug}`}
      choices={choices.map((choice) => ({ ...choice, query: fairFilterQuery({ booth, category: choice.value }) }))}
      selected={selected}
      testIdPrefix="fair-category-filter"
    />
  )
}
