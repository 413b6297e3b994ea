import { Input, Label, Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { COOPERATIVE_STATUSES, type CooperativeListQuery, type StatusFilter } from "../../lib/cooperatives"
import { useDebouncedText } from "./use-debounced-text"

type Props = { query: CooperativeListQuery; onChange: (patch: Partial<CooperativeListQuery>) => void }

const STATUS_OPTIONS: StatusFilter[] = ["all", ...COOPERATIVE_STATUSES]

/** Status, commune and free-text filters above the cooperatives table. */
export const CooperativeFilters = ({ query, onChange }: Props) => {
  const { t } = useTranslation()
  const [commune, setCommune] = useDebouncedText(query.commune, (value) => onChange({ commune: value }))
  const [q, setQ] = useDebouncedText(query.q, (value) => onChange({ q: value }))

  return (
    <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3">
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="cooperatives-status-filter">
          {t("htx.cooperatives.filters.status")}
        </Label>
        <Select value={query.status} onValueChange={(value) => onChange({ status: value as StatusFilter })} size="small">
          <Select.Trigger id="cooperatives-status-filter" data-testid="cooperatives-status-filter" data-value={query.status}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {STATUS_OPTIONS.map((status) => (
              <Select.Item key={status} value={status} data-testid={`cooperatives-status-option-${status}`}>
                {status === "all" ? t("htx.cooperatives.filters.all") : t(`htx.cooperatives.status.${status}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <TextFilter
        id="cooperatives-commune-filter"
        label={t("htx.cooperatives.filters.commune")}
        placeholder={t("htx.cooperatives.filters.communePlaceholder")}
        value={commune}
        onChange={setCommune}
      />
      <TextFilter
        id="cooperatives-search"
        type="search"
        label={t("htx.cooperatives.filters.search")}
        placeholder={t("htx.cooperatives.filters.searchPlaceholder")}
        value={q}
        onChange={setQ}
      />
    </div>
  )
}

type TextFilterProps = { id: string; label: string; placeholder: string; value: string; onChange: (value: string) => void; type?: "text" | "search" }

/** A labelled text box whose id doubles as its test id. */
const TextFilter = ({ id, label, placeholder, value, onChange, type = "text" }: TextFilterProps) => (
  <div className="flex flex-col gap-y-1">
    <Label size="small" htmlFor={id}>
      {label}
    </Label>
    <Input id={id} type={type} size="small" data-testid={id} placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
  </div>
)
