import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { type Shipment, toShipments } from "../../workflows/cooperative-order/shipments"
import { type OrderTransfer, orderTransfer } from "../vietqr/transfer"
import type { PaymentMethod } from "../../workflows/purchase/payment-method"
import { STORE_PURCHASE_FIELDS } from "./purchase-fields"

type Line = { title: string; variant_id?: string | null; variant_title: string | null; quantity: BigNumberInput; unit_price: BigNumberInput; total: BigNumberInput; thumbnail: string | null }
type OrderRow = {
  id: string
  display_id: number
  item_total: BigNumberInput
  shipping_total: BigNumberInput
  total: BigNumberInput
  items?: Line[] | null
  cooperative_order?: {
    state: string
    payment_method?: PaymentMethod
    paid_at?: string | Date | null
    transfer_bank_bin?: string | null
    transfer_account_number?: string | null
    transfer_account_holder?: string | null
    cooperative?: { handle: string; name: string } | null
  } | null
  fulfillments?: Parameters<typeof toShipments>[0]
}
type PurchaseRow = { id: string; created_at: string | Date; email: string; customer_id?: string | null; currency_code: string; orders?: OrderRow[] | null }

/** A purchase as the store API shows it; money in the currency's main unit. */
export type StorePurchase = {
  id: string
  created_at: string | Date
  email: string
  currency_code: string
  total: number
  orders: {
    id: string
    display_id: number
    cooperative: { handle: string; name: string } | null
    items: { title: string; variant_id: string | null; variant_title: string | null; quantity: number; unit_price: number; total: number; thumbnail: string | null }[]
    item_total: number
    shipping_total: number
    total: number
    state: string
    payment: OrderPayment
    shipments: Omit<Shipment, "id">[]
  }[]
}

/** How one cooperative's order is paid: awaiting the money or paid; for VietQR, the transfer to make while it is awaited. */
export type OrderPayment = { method: PaymentMethod; status: "awaiting" | "paid" | "canceled"; paid_at: string | Date | null; transfer: OrderTransfer | null }

function orderPayment(order: OrderRow, total: number): OrderPayment {
  const side = order.cooperative_order
  const method = side?.payment_method ?? "cash_on_delivery"
  const status = side?.paid_at ? "paid" : side?.state === "canceled" ? "canceled" : "awaiting"
  const account = side?.transfer_bank_bin && side.transfer_account_number ? { bank_bin: side.transfer_bank_bin, account_number: side.transfer_account_number, account_holder: side.transfer_account_holder ?? null } : null
  const transfer = method === "vietqr" && status === "awaiting" && account && total > 0 ? orderTransfer({ display_id: order.display_id, total }, account) : null
  return { method, status, paid_at: side?.paid_at ?? null, transfer }
}

const num = (value: BigNumberInput) => MathBN.convert(value).toNumber()

function toStorePurchase(purchase: PurchaseRow): StorePurchase {
  const orders = [...(purchase.orders ?? [])]
    .sort((a, b) => a.display_id - b.display_id)
    .map((o) => ({
      id: o.id,
      display_id: o.display_id,
      cooperative: o.cooperative_order?.cooperative ? { handle: o.cooperative_order.cooperative.handle, name: o.cooperative_order.cooperative.name } : null,
      items: (o.items ?? []).map((i) => ({
        title: i.title,
        variant_id: i.variant_id ?? null,
        variant_title: i.variant_title,
        quantity: num(i.quantity),
        unit_price: num(i.unit_price),
        total: num(i.total),
        thumbnail: i.thumbnail,
      })),
      item_total: num(o.item_total),
      shipping_total: num(o.shipping_total),
      total: num(o.total),
      state: o.cooperative_order?.state ?? "new",
      payment: orderPayment(o, num(o.total)),
      shipments: toShipments(o.fulfillments).map(({ id: _id, ...shipment }) => shipment),
    }))
  const total = orders.reduce((sum, o) => MathBN.add(sum, o.total), MathBN.convert(0)).toNumber()
  return { id: purchase.id, created_at: purchase.created_at, email: purchase.email, currency_code: purchase.currency_code, total, orders }
}

// Medusa gives a guest's cart a guest customer (no account) from its e-mail; only a customer with an account owns a purchase.
async function hasAccount(scope: MedusaContainer, customerId: string): Promise<boolean> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["has_account"], filters: { id: customerId } })
  return !!(data[0] as { has_account?: boolean } | undefined)?.has_account
}

/**
 * Loads a purchase for the store API; 404 when there is none with this id, or when it belongs to a customer account other
 * than `viewer`'s (a guest's purchase is open to whoever holds its unguessable id, as its confirmation link is all they have).
 */
export async function retrieveStorePurchase(scope: MedusaContainer, id: string, viewer?: { customer_id: string | null }): Promise<StorePurchase> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "purchase", fields: STORE_PURCHASE_FIELDS, filters: { id } })
  const purchase = data[0] as unknown as PurchaseRow | undefined
  const owner = purchase?.customer_id
  const hidden = !!viewer && !!owner && owner !== viewer.customer_id && (await hasAccount(scope, owner))
  // The same answer as for a missing purchase, so an id reveals nothing about whose it is.
  if (!purchase || hidden) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No purchase with id "${id}".`)
  return toStorePurchase(purchase)
}

/** A customer's purchases, newest first, a page at a time, with how many there are in all. */
export async function listCustomerPurchases(
  scope: MedusaContainer,
  customerId: string,
  page: { limit: number; offset: number }
): Promise<{ purchases: StorePurchase[]; count: number }> {
  const { data, metadata } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "purchase",
    fields: STORE_PURCHASE_FIELDS,
    filters: { customer_id: customerId },
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC", id: "DESC" } },
  })
  return { purchases: (data as unknown as PurchaseRow[]).map(toStorePurchase), count: metadata?.count ?? data.length }
}
