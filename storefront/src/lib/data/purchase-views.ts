// View types of the purchase page. Built in ./mappers/purchase.ts.

import type { OrderPaymentMethod, PaymentStatus } from "./payment-views"

/** The states a cooperative's order goes through, as the shopper reads them; `processing` covers any newer state. */
export const PURCHASE_ORDER_STATES = ["new", "confirmed", "shipped", "delivered", "canceled", "processing"] as const
/** A cooperative order's state as the purchase page names it. */
export type PurchaseOrderState = (typeof PURCHASE_ORDER_STATES)[number]

/** One line of a cooperative order. */
export type PurchaseItemView = {
  title: string
  variantLabel: string | null
  quantity: number
  unitPriceLabel: string
  totalLabel: string
  thumbnail: string | null
}

/** A parcel on its way; carrier and tracking code are null when the cooperative did not give them. */
export type PurchaseShipmentView = { carrier: string | null; trackingCode: string | null; shippedLabel: string | null }

/** The bank transfer that pays one cooperative's order: the VietQR code's text and the same written out. */
export type PurchaseTransferView = {
  /** The EMVCo VietQR text the QR code holds. */
  payload: string
  bankBin: string
  /** The bank's short name; null for a bank the backend does not know by name. */
  bankName: string | null
  accountNumber: string
  accountHolder: string | null
  /** The exact amount to send, formatted. */
  amountLabel: string
  /** The transfer content the cooperative looks for, e.g. "HTXMARKET DH12". */
  purpose: string
}

/** How one cooperative's order is paid and where that stands; `transfer` only while a VietQR order awaits its money. */
export type PurchasePaymentView = {
  method: OrderPaymentMethod
  status: PaymentStatus
  paidLabel: string | null
  transfer: PurchaseTransferView | null
}

/** One cooperative's order within the purchase. */
export type PurchaseOrderView = {
  id: string
  /** The order's number as the cooperative sees it, e.g. "#12". */
  number: string
  cooperativeHandle: string | null
  cooperativeName: string | null
  items: PurchaseItemView[]
  itemTotalLabel: string
  shippingLabel: string
  totalLabel: string
  state: PurchaseOrderState
  payment: PurchasePaymentView
  shipments: PurchaseShipmentView[]
}

/** What a shopper bought in one checkout. */
export type PurchaseView = {
  id: string
  createdLabel: string
  email: string | null
  orders: PurchaseOrderView[]
  totalLabel: string
  /** How the purchase is paid (the same for all its orders). */
  paymentMethod: OrderPaymentMethod
}
