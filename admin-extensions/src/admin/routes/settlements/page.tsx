import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DownloadCsvButton } from "../../components/settlements/download-csv-button"
import { PeriodPicker } from "../../components/settlements/period-picker"
import { SettlementsTable } from "../../components/settlements/settlements-table"
import { useLoaded } from "../../components/settlements/use-loaded"
import { usePeriodQuery } from "../../components/settlements/use-period-query"
import { formatDay, getSettlementReport, settlementCsvUrl } from "../../lib/settlements"

/** What the marketplace owes each cooperative (card payments it collected) and what the cooperatives already hold, per period. */
const SettlementsPage = () => {
  const { t, i18n } = useTranslation()
  const [period, setPeriod] = usePeriodQuery()
  const { data: report, failure, loading } = useLoaded(`${period.from}/${period.to}`, () => getSettlementReport(period))

  return (
    <Container className="divide-y p-0" data-testid="settlements-page">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-start md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{t("htx.settlements.title")}</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            {t("htx.settlements.intro")}
          </Text>
        </div>
        {report && <DownloadCsvButton href={settlementCsvUrl(report.period)} testId="settlements-download" />}
      </div>
      <div>
        <PeriodPicker period={report?.period ?? null} onApply={setPeriod} disabled={loading} />
        {report && (
          <Text size="small" className="px-6 pb-4 text-ui-fg-subtle" data-testid="settlements-period-shown">
            {t("htx.settlements.period.showing", { from: formatDay(report.period.from, i18n.language), to: formatDay(report.period.to, i18n.language) })}
          </Text>
        )}
      </div>
      {failure && (
        <Text className="px-6 py-4 text-ui-fg-error" data-testid="settlements-error">
          {t("htx.settlements.loadError")}
        </Text>
      )}
      {!failure && !report && <Text className="px-6 py-4">{t("htx.settlements.loading")}</Text>}
      {report && <SettlementsTable report={report} loading={loading} />}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "htx.settlements.nav",
  translationNs: "translation",
  icon: Receipt,
})

export default SettlementsPage
