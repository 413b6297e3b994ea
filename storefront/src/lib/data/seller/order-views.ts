// View types of the seller's order pages.

import type { OrderPaymentMethod, PaymentStatus } from "../payment-views"

export type OrderState = "new" | "confirmed" | "shipped" | "delivered" | "canceled"
export type OrderTab = "to_handle" | "shipped" | "canceled" | "all"

export type SellerOrderRow = {
  id: string
  displayId: string
  createdLabel: string
  state: OrderState
  customerName: string
  itemCount: number
  totalLabel: string
  paymentMethod: OrderPaymentMethod
  paymentStatus: PaymentStatus
}

export type SellerOrderItem = {
  id: string
  title: string
  variantTitle: string | null
  sku: string | null
  quantity: number
  unitPriceLabel: string
  totalLabel: string
  thumbnail: string | null
}

export type SellerShipment = { id: string; carrier: string; trackingCode: string; shippedLabel: string | null }

export type SellerOrderView = SellerOrderRow & {
  email: string | null
  phone: string | null
  /** Address lines ready to print, top to bottom; empty when the order has none. */
  addressLines: string[]
  recipient: string | null
  items: SellerOrderItem[]
  shippingMethods: { name: string; amountLabel: string }[]
  subtotalLabel: string
  shippingTotalLabel: string
  shipments: SellerShipment[]
  confirmedLabel: string | null
  cancelReason: string | null
  /** When the cooperative recorded the money as received; null while it is awaited. */
  paidLabel: string | null
  /** What the cooperative may still do with the order. */
  can: { confirm: boolean; ship: boolean; cancel: boolean; recordPayment: boolean }
}
