import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { DownloadCsvButton } from "../../../components/settlements/download-csv-button"
import { PeriodPicker } from "../../../components/settlements/period-picker"
import { SettlementOrdersTable } from "../../../components/settlements/settlement-orders-table"
import { SettlementSummary } from "../../../components/settlements/settlement-summary"
import { useLoaded } from "../../../components/settlements/use-loaded"
import { usePeriodQuery } from "../../../components/settlements/use-period-query"
import { formatDay, getCooperativeSettlement, settlementCsvUrl } from "../../../lib/settlements"

/** One cooperative's orders in the settlement period, what they add up to, and its CSV. */
const CooperativeSettlementPage = () => {
  const { t, i18n } = useTranslation()
  const { cooperative_id: id = "" } = useParams()
  const [period, setPeriod] = usePeriodQuery()
  const { data: settlement, failure, loading } = useLoaded(`${id}/${period.from}/${period.to}`, () => getCooperativeSettlement(id, period))
  const back = `/settlements?${new URLSearchParams(settlement ? { from: settlement.period.from, to: settlement.period.to } : {}).toString()}`

  if (failure && !settlement) {
    return (
      <Container data-testid="settlement-detail-error">
        <Text>{t(failure === "not_found" ? "htx.settlements.detail.notFound" : "htx.settlements.loadError")}</Text>
      </Container>
    )
  }
  if (!settlement) {
    return (
      <Container>
        <Text>{t("htx.settlements.loading")}</Text>
      </Container>
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="settlement-detail" data-handle={settlement.cooperative.handle}>
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-start md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Link to={back} className="txt-compact-small text-ui-fg-subtle hover:text-ui-fg-base" data-testid="settlement-detail-back">
            {t("htx.settlements.detail.back")}
          </Link>
          <Heading level="h1">{t("htx.settlements.detail.title", { name: settlement.cooperative.name })}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("htx.settlements.period.showing", { from: formatDay(settlement.period.from, i18n.language), to: formatDay(settlement.period.to, i18n.language) })}
          </Text>
        </div>
        <DownloadCsvButton href={settlementCsvUrl(settlement.period, settlement.cooperative.id)} testId="settlement-detail-download" />
      </div>
      <PeriodPicker period={settlement.period} onApply={setPeriod} disabled={loading} />
      <SettlementSummary lines={settlement.summary} />
      <SettlementOrdersTable orders={settlement.orders} />
    </Container>
  )
}

export default CooperativeSettlementPage
