import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { toShipments } from "../../../workflows/cooperative-order/shipments"
import { COOPERATIVE_ORDER_DETAIL_FIELDS, COOPERATIVE_ORDER_SUMMARY_FIELDS, STATES_BY_STATUS } from "./query-config"
import type { CooperativeListOrdersType } from "./validators"

type Name = { first_name?: string | null; last_name?: string | null } | null | undefined
type Address = Record<string, string | null> & Name
type OrderRow = {
  id: string
  display_id: number
  created_at: string | Date
  email: string | null
  currency_code: string
  total: BigNumberInput
  item_subtotal?: BigNumberInput
  shipping_total?: BigNumberInput
  shipping_address?: Address | null
  customer?: Name
  purchase?: { id: string } | null
  cooperative_order?: {
    id: string
    state: string
    cooperative_id: string
    confirmed_at: string | Date | null
    cancel_reason: string | null
    payment_method?: string
    paid_at?: string | Date | null
  } | null
  items?: (Record<string, unknown> & { quantity: BigNumberInput; unit_price?: BigNumberInput; total?: BigNumberInput })[] | null
  shipping_methods?: { name: string; amount: BigNumberInput }[] | null
  fulfillments?: Parameters<typeof toShipments>[0]
}

const num = (value: BigNumberInput | undefined) => MathBN.convert(value ?? 0).toNumber()
// Vietnamese names read family name first: "Nguyễn Văn" + "An".
const fullName = (name: Name) => [name?.last_name, name?.first_name].filter(Boolean).join(" ").trim()

function toSummary(order: OrderRow) {
  return {
    id: order.id,
    display_id: order.display_id,
    purchase_id: order.purchase?.id ?? null,
    created_at: order.created_at,
    state: order.cooperative_order?.state ?? "new",
    payment_method: order.cooperative_order?.payment_method ?? "cash_on_delivery",
    paid_at: order.cooperative_order?.paid_at ?? null,
    customer_name: fullName(order.shipping_address) || fullName(order.customer) || order.email || "",
    item_count: (order.items ?? []).reduce((sum, i) => sum + num(i.quantity), 0),
    total: num(order.total),
    currency_code: order.currency_code,
  }
}

function toDetail(order: OrderRow) {
  const a = order.shipping_address
  return {
    ...toSummary(order),
    email: order.email,
    phone: a?.phone ?? null,
    shipping_address: a
      ? {
          first_name: a.first_name ?? null,
          last_name: a.last_name ?? null,
          address_1: a.address_1 ?? null,
          address_2: a.address_2 ?? null,
          city: a.city ?? null,
          province: a.province ?? null,
          postal_code: a.postal_code ?? null,
          country_code: a.country_code ?? null,
          phone: a.phone ?? null,
        }
      : null,
    items: (order.items ?? []).map((i) => ({
      id: i.id,
      title: i.title,
      variant_title: i.variant_title ?? null,
      sku: i.variant_sku ?? null,
      quantity: num(i.quantity),
      unit_price: num(i.unit_price),
      total: num(i.total),
      thumbnail: i.thumbnail ?? null,
    })),
    shipping_methods: (order.shipping_methods ?? []).map((m) => ({ name: m.name, amount: num(m.amount) })),
    subtotal: num(order.item_subtotal),
    shipping_total: num(order.shipping_total),
    shipments: toShipments(order.fulfillments),
    confirmed_at: order.cooperative_order?.confirmed_at ?? null,
    cancel_reason: order.cooperative_order?.cancel_reason ?? null,
  }
}

/** A page of a cooperative's orders, newest first, filtered by status. */
export async function listCooperativeOrders(scope: MedusaContainer, cooperativeId: string, { status, limit, offset }: CooperativeListOrdersType) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const states = STATES_BY_STATUS[status]
  const { data: rows, metadata } = await query.graph({
    entity: "cooperative_order",
    fields: ["id", "order.id"],
    filters: { cooperative_id: cooperativeId, ...(states ? { state: [...states] } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const ids = (rows as unknown as { order?: { id: string } | null }[]).flatMap((r) => (r.order ? [r.order.id] : []))
  const { data } = ids.length ? await query.graph({ entity: "order", fields: COOPERATIVE_ORDER_SUMMARY_FIELDS, filters: { id: ids } }) : { data: [] }
  const byId = new Map((data as unknown as OrderRow[]).map((o) => [o.id, o]))
  const orders = ids.flatMap((id) => {
    const order = byId.get(id)
    return order ? [toSummary(order)] : []
  })
  return { orders, count: metadata?.count ?? orders.length, limit, offset }
}

/** One of a cooperative's orders in full; another cooperative's order is "not found", so ids cannot be probed. */
export async function retrieveCooperativeOrder(scope: MedusaContainer, cooperativeId: string, orderId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: COOPERATIVE_ORDER_DETAIL_FIELDS,
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order || order.cooperative_order?.cooperative_id !== cooperativeId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order with id "${orderId}".`)
  }
  return toDetail(order)
}
