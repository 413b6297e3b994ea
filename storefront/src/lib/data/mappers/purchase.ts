import { z } from "zod"
import type { AppLocale } from "../../../i18n/routing"
import { formatDate } from "../../util/date"
import { formatMoney } from "../../util/money"
import { ORDER_PAYMENT_METHODS, PAYMENT_STATUSES } from "../payment-views"
import { PURCHASE_ORDER_STATES, type PurchaseOrderState, type PurchasePaymentView, type PurchaseView } from "../purchase-views"

const amount = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]).nullish()
const text = z.string().nullish()

const paymentSchema = z.object({
  method: z.enum(ORDER_PAYMENT_METHODS),
  status: z.enum(PAYMENT_STATUSES),
  paid_at: text,
  transfer: z
    .object({
      bank_bin: z.string(),
      bank_name: text,
      account_number: z.string(),
      account_holder: text,
      amount: z.number(),
      purpose: z.string(),
      payload: z.string().min(1),
    })
    .nullish(),
})

/** `GET /store/purchases/:id` and `POST /store/purchases` → `purchase`. */
export const purchaseSchema = z.object({
  id: z.string(),
  created_at: text,
  email: text,
  currency_code: z.string(),
  total: amount,
  orders: z
    .array(
      z.object({
        id: z.string(),
        display_id: z.union([z.number(), z.string()]).nullish(),
        cooperative: z.object({ handle: z.string(), name: z.string() }).nullish(),
        items: z
          .array(z.object({ title: text, variant_id: text, variant_title: text, quantity: amount, unit_price: amount, total: amount, thumbnail: text }))
          .nullish(),
        item_total: amount,
        shipping_total: amount,
        total: amount,
        state: text,
        payment: paymentSchema,
        shipments: z.array(z.object({ carrier: text, tracking_code: text, shipped_at: text })).nullish(),
      })
    )
    .nullish(),
})

/** A cooperative order's state as the page names it; a state this storefront does not know yet reads as `processing`. */
export function toPurchaseOrderState(state: string | null | undefined): PurchaseOrderState {
  return PURCHASE_ORDER_STATES.find((known) => known === state) ?? "processing"
}

/** Reads the purchase inside a store API response; a mismatch is a broken contract and says where. */
export function parsePurchase(data: unknown): z.infer<typeof purchaseSchema> {
  const parsed = purchaseSchema.safeParse(data)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new Error(`The store API sent a purchase with an unexpected shape at ${issue?.path.join(".") || "(root)"}.`)
}

const nonEmpty = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

/** Maps an order's payment; the transfer shows only while the money is awaited, whatever else the API sends. */
export function toPurchasePayment(payment: z.infer<typeof paymentSchema>, locale: AppLocale): PurchasePaymentView {
  const transfer = payment.status === "awaiting" && payment.method === "vietqr" ? payment.transfer : null
  return {
    method: payment.method,
    status: payment.status,
    paidLabel: payment.paid_at ? formatDate(payment.paid_at, locale) : null,
    transfer: transfer
      ? {
          payload: transfer.payload,
          bankBin: transfer.bank_bin,
          bankName: nonEmpty(transfer.bank_name),
          accountNumber: transfer.account_number,
          accountHolder: nonEmpty(transfer.account_holder),
          // A VietQR transfer is always in whole đồng, whatever the purchase's currency field says.
          amountLabel: formatMoney(transfer.amount, "vnd", locale),
          purpose: transfer.purpose,
        }
      : null,
  }
}

/** Maps a purchase for its page: one entry per cooperative order, amounts and dates formatted for the locale. */
export function toPurchaseView(data: unknown, locale: AppLocale): PurchaseView {
  const purchase = parsePurchase(data)
  const money = (value: number | null | undefined) => formatMoney(value ?? 0, purchase.currency_code, locale)
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : null)
  return {
    id: purchase.id,
    createdLabel: date(purchase.created_at) ?? "",
    email: nonEmpty(purchase.email),
    totalLabel: money(purchase.total),
    paymentMethod: purchase.orders?.[0]?.payment.method ?? "cash_on_delivery",
    orders: (purchase.orders ?? []).map((order) => ({
      id: order.id,
      number: order.display_id === null || order.display_id === undefined ? order.id : `#${order.display_id}`,
      cooperativeHandle: order.cooperative?.handle ?? null,
      cooperativeName: order.cooperative?.name ?? null,
      items: (order.items ?? []).map((item) => ({
        title: nonEmpty(item.title) ?? "",
        variantLabel: nonEmpty(item.variant_title),
        quantity: item.quantity ?? 0,
        unitPriceLabel: money(item.unit_price),
        totalLabel: money(item.total),
        thumbnail: nonEmpty(item.thumbnail),
      })),
      itemTotalLabel: money(order.item_total),
      shippingLabel: money(order.shipping_total),
      totalLabel: money(order.total),
      state: toPurchaseOrderState(order.state),
      payment: toPurchasePayment(order.payment, locale),
      shipments: (order.shipments ?? []).map((s) => ({
        carrier: nonEmpty(s.carrier),
        trackingCode: nonEmpty(s.tracking_code),
        shippedLabel: date(s.shipped_at),
      })),
    })),
  }
}
