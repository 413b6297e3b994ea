import { Table, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { AMOUNT_COLUMNS, formatAmount, type SettlementAmounts, type SettlementReport } from "../../lib/settlements"

type Props = { report: SettlementReport; loading: boolean }

/** Orders and amount cells of one line, shared by the cooperatives' lines and the totals. */
export const SettlementFigures = ({ line, currency }: { line: SettlementAmounts; currency: string }) => {
  const { t } = useTranslation()
  return (
    <>
      <Table.Cell className="whitespace-nowrap text-right" data-testid="settlement-cell-orders" data-value={line.orders}>
        {line.orders}
        {line.canceled_orders > 0 && (
          <Text as="span" size="xsmall" className="block text-ui-fg-subtle" data-testid="settlement-cell-canceled" data-value={line.canceled_orders}>
            {t("htx.settlements.canceled", { count: line.canceled_orders })}
          </Text>
        )}
      </Table.Cell>
      {AMOUNT_COLUMNS.map((column) => (
        <Table.Cell key={column} className="whitespace-nowrap text-right" data-testid={`settlement-cell-${column}`} data-value={line[column]}>
          {formatAmount(line[column], currency)}
        </Table.Cell>
      ))}
    </>
  )
}

/** Every cooperative's settlement for the period, largest amount owed first, with a total per currency; a row opens its orders. */
export const SettlementsTable = ({ report, loading }: Props) => {
  const { t } = useTranslation()
  const answers = { "data-from": report.period.from, "data-to": report.period.to }
  const search = new URLSearchParams({ from: report.period.from, to: report.period.to }).toString()

  if (!report.cooperatives.length) {
    return (
      <div className="px-6 py-8" data-testid="settlements-empty" {...answers}>
        <Text className="text-ui-fg-subtle">{t("htx.settlements.empty")}</Text>
      </div>
    )
  }

  return (
    <div className={clx("overflow-x-auto", loading && "opacity-60")} aria-busy={loading}>
      <Table data-testid="settlements-table" {...answers}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("htx.settlements.columns.cooperative")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("htx.settlements.columns.orders")}</Table.HeaderCell>
            {AMOUNT_COLUMNS.map((column) => (
              <Table.HeaderCell key={column} className="text-right">
                {t(`htx.settlements.columns.${column}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {report.cooperatives.map((line) => (
            <Table.Row key={`${line.cooperative.id}-${line.currency_code}`} data-testid="settlement-row" data-handle={line.cooperative.handle} data-currency={line.currency_code}>
              <Table.Cell>
                <Link to={`/settlements/${line.cooperative.id}?${search}`} className="txt-compact-small-plus" data-testid="settlement-row-link" title={t("htx.settlements.openOrders")}>
                  {line.cooperative.name}
                </Link>
              </Table.Cell>
              <SettlementFigures line={line} currency={line.currency_code} />
            </Table.Row>
          ))}
          {report.totals.map((total) => (
            <Table.Row key={`total-${total.currency_code}`} className="txt-compact-small-plus bg-ui-bg-subtle" data-testid="settlement-total" data-currency={total.currency_code}>
              <Table.Cell>{t("htx.settlements.total", { currency: total.currency_code.toUpperCase() })}</Table.Cell>
              <SettlementFigures line={total} currency={total.currency_code} />
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
