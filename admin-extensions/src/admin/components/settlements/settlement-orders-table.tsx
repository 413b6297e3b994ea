import { StatusBadge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatAmount, formatVietnamTime, type SettlementOrder, type SettlesAs } from "../../lib/settlements"

const SETTLES_AS_COLORS: Record<SettlesAs, "orange" | "green" | "blue" | "grey" | "red"> = {
  card_owed: "orange",
  vietqr_received: "green",
  cash_collected: "green",
  unpaid: "blue",
  canceled: "grey",
  card_refund_due: "red",
  cooperative_refund_due: "red",
}

/** One cooperative's orders in the period, oldest first, each with where its money stands. */
export const SettlementOrdersTable = ({ orders }: { orders: SettlementOrder[] }) => {
  const { t, i18n } = useTranslation()

  if (!orders.length) {
    return (
      <div className="px-6 py-8" data-testid="settlement-orders-empty">
        <Text className="text-ui-fg-subtle">{t("htx.settlements.detail.empty")}</Text>
      </div>
    )
  }

  return (
    <div className="overflow-x-auto">
      <Table data-testid="settlement-orders-table">
        <Table.Header>
          <Table.Row>
            {(["order", "placedAt", "paymentMethod", "state", "paidAt", "settlesAs"] as const).map((column) => (
              <Table.HeaderCell key={column}>{t(`htx.settlements.detail.columns.${column}`)}</Table.HeaderCell>
            ))}
            <Table.HeaderCell className="text-right">{t("htx.settlements.detail.columns.amount")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {orders.map((o) => (
            <Table.Row key={o.id} data-testid="settlement-order-row" data-id={o.id} data-display-id={o.display_id} data-settles-as={o.settles_as}>
              <Table.Cell className="whitespace-nowrap">{t("htx.settlements.detail.orderNumber", { number: o.display_id })}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatVietnamTime(o.placed_at, i18n.language)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">{t(`htx.settlements.paymentMethod.${o.payment_method}`)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">{t(`htx.settlements.state.${o.state}`, { defaultValue: o.state })}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatVietnamTime(o.paid_at, i18n.language)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <StatusBadge color={SETTLES_AS_COLORS[o.settles_as]}>{t(`htx.settlements.settlesAs.${o.settles_as}`)}</StatusBadge>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right" data-testid="settlement-order-amount" data-value={o.total}>
                {formatAmount(o.total, o.currency_code)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
