import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { AMOUNT_COLUMNS, type SettlementTotals } from "../../lib/settlements"
import { SettlementFigures } from "./settlements-table"

/** A cooperative's settlement for the period, one line per currency it sold in. */
export const SettlementSummary = ({ lines }: { lines: SettlementTotals[] }) => {
  const { t } = useTranslation()
  if (!lines.length) return null
  return (
    <div className="overflow-x-auto">
      <Table data-testid="settlement-summary">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell />
            <Table.HeaderCell className="text-right">{t("htx.settlements.columns.orders")}</Table.HeaderCell>
            {AMOUNT_COLUMNS.map((column) => (
              <Table.HeaderCell key={column} className="text-right">
                {t(`htx.settlements.columns.${column}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {lines.map((line) => (
            <Table.Row key={line.currency_code} className="txt-compact-small-plus" data-testid="settlement-summary-row" data-currency={line.currency_code}>
              <Table.Cell>{t("htx.settlements.total", { currency: line.currency_code.toUpperCase() })}</Table.Cell>
              <SettlementFigures line={line} currency={line.currency_code} />
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
