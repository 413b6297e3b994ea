import { Input, Label, Tabs } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { OCOP_STATUS_FILTERS, type OcopListQuery, type OcopStatusFilter } from "../../lib/ocop-certificates"
import { useDebouncedText } from "../cooperatives/use-debounced-text"

type Props = { query: OcopListQuery; onChange: (patch: Partial<OcopListQuery>) => void }

/** Status tabs (waiting for a check first) and a search over decision numbers, cooperatives and products. */
export const CertificateFilters = ({ query, onChange }: Props) => {
  const { t } = useTranslation()
  const [q, setQ] = useDebouncedText(query.q, (value) => onChange({ q: value }))

  return (
    <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-end md:justify-between">
      <Tabs value={query.status} onValueChange={(value) => onChange({ status: value as OcopStatusFilter })}>
        <Tabs.List data-testid="ocop-status-tabs" data-value={query.status}>
          {OCOP_STATUS_FILTERS.map((status) => (
            <Tabs.Trigger key={status} value={status} data-testid={`ocop-status-tab-${status}`}>
              {status === "all" ? t("htx.ocop.filters.all") : t(`htx.ocop.status.${status}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      <div className="flex flex-col gap-y-1 md:w-80">
        <Label size="small" htmlFor="ocop-cert-search">
          {t("htx.ocop.filters.search")}
        </Label>
        <Input
          id="ocop-cert-search"
          type="search"
          size="small"
          data-testid="ocop-cert-search"
          placeholder={t("htx.ocop.filters.searchPlaceholder")}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
    </div>
  )
}
