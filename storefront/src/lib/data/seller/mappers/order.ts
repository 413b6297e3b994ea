import { z } from "zod"
import type { AppLocale } from "../../../../i18n/routing"
import { formatDate } from "../../../util/date"
import { formatMoney } from "../../../util/money"
import { ORDER_PAYMENT_METHODS, type PaymentStatus } from "../../payment-views"
import type { OrderState, SellerOrderRow, SellerOrderView } from "../order-views"
import { list, oneOf, optionalNumber, optionalString, parseResponse, textOrNull } from "./schema"

const STATES = ["new", "confirmed", "shipped", "delivered", "canceled"] as const

const summaryShape = {
  id: z.string(),
  display_id: z.union([z.number(), z.string()]).nullish(),
  created_at: optionalString,
  state: oneOf(STATES, "new"),
  customer_name: optionalString,
  item_count: optionalNumber,
  total: optionalNumber,
  currency_code: optionalString,
  payment_method: oneOf(ORDER_PAYMENT_METHODS, "cash_on_delivery"),
  paid_at: optionalString,
}

/** `GET /cooperative/orders`. */
export const orderListSchema = z.object({ orders: list(z.object(summaryShape)), count: optionalNumber })

const addressSchema = z.object({
  first_name: optionalString,
  last_name: optionalString,
  address_1: optionalString,
  address_2: optionalString,
  city: optionalString,
  province: optionalString,
  postal_code: optionalString,
  country_code: optionalString,
  phone: optionalString,
})

/** `GET /cooperative/orders/:id` and the order actions → `order`. */
export const orderDetailSchema = z.object({
  ...summaryShape,
  email: optionalString,
  phone: optionalString,
  shipping_address: addressSchema.nullish(),
  items: list(
    z.object({
      id: z.string(),
      title: optionalString,
      variant_title: optionalString,
      sku: optionalString,
      quantity: optionalNumber,
      unit_price: optionalNumber,
      total: optionalNumber,
      thumbnail: optionalString,
    })
  ),
  shipping_methods: list(z.object({ name: optionalString, amount: optionalNumber })),
  subtotal: optionalNumber,
  shipping_total: optionalNumber,
  shipments: list(z.object({ id: z.string(), carrier: optionalString, tracking_code: optionalString, shipped_at: optionalString })),
  confirmed_at: optionalString,
  cancel_reason: optionalString,
})

type Summary = z.infer<z.ZodObject<typeof summaryShape>>

function when(value: string | null | undefined, locale: AppLocale): string | null {
  if (!value || Number.isNaN(Date.parse(value))) return null
  return formatDate(value, locale, { dateStyle: "medium", timeStyle: "short" })
}

function toRow(o: Summary, locale: AppLocale): SellerOrderRow {
  const currency = o.currency_code || "vnd"
  return {
    id: o.id,
    displayId: o.display_id == null ? o.id : String(o.display_id),
    createdLabel: when(o.created_at, locale) ?? "",
    state: o.state,
    customerName: textOrNull(o.customer_name) ?? "—",
    itemCount: o.item_count ?? 0,
    totalLabel: formatMoney(o.total ?? 0, currency, locale),
    paymentMethod: o.payment_method,
    paymentStatus: orderPaymentStatus(o.state, o.paid_at),
  }
}

/** Where an order's money stands: paid once recorded (even if canceled later), else nothing to pay when canceled, else awaited. */
export function orderPaymentStatus(state: OrderState, paidAt: string | null | undefined): PaymentStatus {
  if (paidAt) return "paid"
  return state === "canceled" ? "canceled" : "awaiting"
}

/** What a cooperative may do next in each state, and whether the money is still to record (the backend checks again). */
export function allowedOrderActions(state: OrderState, paymentStatus: PaymentStatus): SellerOrderView["can"] {
  const open = state === "new" || state === "confirmed"
  return { confirm: state === "new", ship: open, cancel: open, recordPayment: paymentStatus === "awaiting" }
}

/** Maps one page of the order list. */
export function toOrderRows(data: unknown, locale: AppLocale): { rows: SellerOrderRow[]; count: number } {
  const raw = parseResponse(orderListSchema, data, "GET /cooperative/orders")
  return { rows: raw.orders.map((o) => toRow(o, locale)), count: raw.count ?? raw.orders.length }
}

function addressLines(address: z.infer<typeof addressSchema> | null | undefined): string[] {
  if (!address) return []
  const cityLine = [address.city, address.province, address.postal_code].map(textOrNull).filter(Boolean).join(", ")
  return [address.address_1, address.address_2, cityLine, address.country_code?.toUpperCase()]
    .map(textOrNull)
    .filter((line): line is string => line !== null)
}

/** Maps an order for its detail page; `order` is the object inside the `{ order }` response. */
export function toSellerOrderView(order: unknown, locale: AppLocale): SellerOrderView {
  const o = parseResponse(orderDetailSchema, order, "GET /cooperative/orders/:id")
  const currency = o.currency_code || "vnd"
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, currency, locale)
  const address = o.shipping_address
  // Vietnamese names read family name first, as the backend writes customer_name.
  const recipient = textOrNull([address?.last_name, address?.first_name].map(textOrNull).filter(Boolean).join(" "))
  const row = toRow(o, locale)
  return {
    ...row,
    email: textOrNull(o.email),
    phone: textOrNull(address?.phone) ?? textOrNull(o.phone),
    recipient,
    addressLines: addressLines(address),
    items: o.items.map((item) => ({
      id: item.id,
      title: textOrNull(item.title) ?? item.id,
      variantTitle: textOrNull(item.variant_title),
      sku: textOrNull(item.sku),
      quantity: item.quantity ?? 0,
      unitPriceLabel: money(item.unit_price),
      totalLabel: money(item.total ?? (item.unit_price ?? 0) * (item.quantity ?? 0)),
      thumbnail: textOrNull(item.thumbnail),
    })),
    shippingMethods: o.shipping_methods.map((m) => ({ name: textOrNull(m.name) ?? "—", amountLabel: money(m.amount) })),
    subtotalLabel: money(o.subtotal),
    shippingTotalLabel: money(o.shipping_total),
    shipments: o.shipments.map((s) => ({
      id: s.id,
      carrier: s.carrier ?? "",
      trackingCode: s.tracking_code ?? "",
      shippedLabel: when(s.shipped_at, locale),
    })),
    confirmedLabel: when(o.confirmed_at, locale),
    cancelReason: textOrNull(o.cancel_reason),
    paidLabel: when(o.paid_at, locale),
    can: allowedOrderActions(o.state, row.paymentStatus),
  }
}
