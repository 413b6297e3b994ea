import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatNumber } from "../../lib/cooperatives"
import { chartDays, formatVnd } from "../../lib/fair-format"
import { fairReportCsvUrl, type Fair, type FairReport as Report } from "../../lib/fairs"
import { BoothRevenueChart, DailyChart } from "./report-charts"

type Props = { fair: Fair; report: Report | null; failed: boolean }

/** What the fair brought: totals, visits / orders / leads per day, revenue per booth, and the same as CSV. */
export const FairReport = ({ fair, report, failed }: Props) => {
  const { t, i18n } = useTranslation()
  const figures = report
    ? ([
        ["visits", formatNumber(report.total.visits, i18n.language), report.total.visits],
        ["orders", formatNumber(report.total.orders, i18n.language), report.total.orders],
        ["revenue", formatVnd(report.total.revenue, i18n.language), report.total.revenue],
        ["leads", formatNumber(report.total.leads, i18n.language), report.total.leads],
      ] as const)
    : []

  return (
    <section className="flex flex-col gap-y-4 px-6 py-4" data-testid="fair-report">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Heading level="h2">{t("htx.fairs.sections.report")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("htx.fairs.report.about")}
          </Text>
        </div>
        <a href={fairReportCsvUrl(fair.id)} download className="txt-compact-small-plus text-ui-fg-interactive hover:underline" data-testid="fair-report-csv">
          {t("htx.fairs.report.csv")}
        </a>
      </div>
      {failed && !report && (
        <Text size="small" className="text-ui-fg-error" data-testid="fair-report-error">
          {t("htx.fairs.report.loadError")}
        </Text>
      )}
      {!failed && !report && <Text size="small">{t("htx.fairs.loading")}</Text>}
      {report && (
        <>
          <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
            {figures.map(([key, shown, value]) => (
              <div key={key} className="rounded-lg border p-4" data-testid={`fair-total-${key}`} data-value={value}>
                <Text size="small" className="text-ui-fg-subtle">
                  {t(`htx.fairs.report.${key}`)}
                </Text>
                <Heading level="h2">{shown}</Heading>
              </div>
            ))}
          </div>
          <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
            <DailyChart days={chartDays(fair, report.by_day)} />
            <BoothRevenueChart booths={report.by_booth} />
          </div>
        </>
      )}
    </section>
  )
}
