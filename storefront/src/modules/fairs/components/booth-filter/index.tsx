import { useTranslations } from "next-intl"
import type { FairBoothView } from "@/lib/data/fair-views"
import { fairFilterQuery } from "@/lib/data/mappers/fair"
import FilterChips from "../filter-chips"

type Props = { fairSlug: string; booths: FairBoothView[]; selected: string | null; category: string | null }

/** Links that keep one booth's products (or every booth's), keeping the chosen category; plain links, so they work before JavaScript. */
export default function BoothFilter({ fairSlug, booths, selected, category }: Props) {
  const t = useTranslations("Fair")
  const choices = [{ value: null, label: t("filterAll") }, ...booths.map((b) => ({ value: b.code, label: t("filterBooth", { code: b.code, name: b.cooperative.name }) }))]
  return (
    <FilterChips
      label={t("filterLabel")}
      pathname={`/fairs/${fairSlug}`}
      choices={choices.map((choice) => ({ ...choice, query: fairFilterQuery({ booth: choice.value, category }) }))}
      selected={selected}
      testIdPrefix="fair-booth-filter"
    />
  )
}
