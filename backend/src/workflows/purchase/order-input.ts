import type { BigNumberInput, CreateOrderAdjustmentDTO, CreateOrderDTO, CreateOrderLineItemDTO, CreateOrderTaxLineDTO } from "@medusajs/framework/types"
import { OrderStatus } from "@medusajs/framework/utils"
import type { Address, Adjustment, CooperativeShare, PurchaseCart, PurchaseCartItem, TaxLine } from "./purchase-cart"

const taxLines = (lines: TaxLine[] | null | undefined): CreateOrderTaxLineDTO[] =>
  (lines ?? []).map((l) => ({
    description: l.description ?? undefined,
    tax_rate_id: l.tax_rate_id ?? undefined,
    code: l.code,
    rate: l.rate,
    provider_id: l.provider_id ?? undefined,
    metadata: l.metadata ?? null,
  }))

const adjustments = (lines: Adjustment[] | null | undefined): CreateOrderAdjustmentDTO[] =>
  (lines ?? []).map((a) => ({
    code: a.code ?? undefined,
    amount: a.amount,
    description: a.description ?? undefined,
    promotion_id: a.promotion_id ?? undefined,
    provider_id: a.provider_id ?? undefined,
  }))

/** The order line for a cart line: the cart already holds the product's and variant's titles, prices and taxes. */
export function toOrderLineItem(item: PurchaseCartItem): CreateOrderLineItemDTO {
  return {
    title: item.title,
    subtitle: item.subtitle ?? undefined,
    thumbnail: item.thumbnail ?? undefined,
    quantity: item.quantity,
    product_id: item.product_id ?? undefined,
    product_title: item.product_title ?? undefined,
    product_description: item.product_description ?? undefined,
    product_subtitle: item.product_subtitle ?? undefined,
    product_type: item.product_type ?? undefined,
    product_collection: item.product_collection ?? undefined,
    product_handle: item.product_handle ?? undefined,
    variant_id: item.variant_id ?? undefined,
    variant_sku: item.variant_sku ?? undefined,
    variant_barcode: item.variant_barcode ?? undefined,
    variant_title: item.variant_title ?? undefined,
    variant_option_values: item.variant_option_values ?? undefined,
    requires_shipping: item.requires_shipping,
    is_discountable: item.is_discountable,
    is_tax_inclusive: !!item.is_tax_inclusive,
    compare_at_unit_price: item.compare_at_unit_price ?? undefined,
    unit_price: item.unit_price,
    tax_lines: taxLines(item.tax_lines),
    adjustments: adjustments(item.adjustments),
    metadata: item.metadata ?? {},
  }
}

const withoutId = (address: Address | null | undefined) => {
  if (!address) return undefined
  const { id: _id, ...rest } = address
  return rest
}

/** One order per share: the share's lines and shipping methods, the cart's customer, addresses and currency. */
export function toOrderInputs(cart: PurchaseCart, shares: CooperativeShare[]): CreateOrderDTO[] {
  const itemsById = new Map((cart.items ?? []).map((i) => [i.id, i]))
  const methodsById = new Map((cart.shipping_methods ?? []).map((m) => [m.id, m]))
  return shares.map((share) => {
    const items = share.item_ids.map((id) => toOrderLineItem(itemsById.get(id)!))
    const shippingMethods = share.shipping_method_ids.map((id) => {
      const m = methodsById.get(id)!
      return {
        name: m.name,
        description: m.description ?? undefined,
        amount: m.raw_amount ?? m.amount,
        is_tax_inclusive: !!m.is_tax_inclusive,
        shipping_option_id: m.shipping_option_id ?? undefined,
        data: m.data ?? {},
        metadata: m.metadata ?? {},
        tax_lines: taxLines(m.tax_lines),
        adjustments: adjustments(m.adjustments),
      }
    })
    const promoCodes = [...items.flatMap((i) => i.adjustments ?? []), ...shippingMethods.flatMap((m) => m.adjustments)]
      .map((a) => a.code)
      .filter((code): code is string => !!code)
    return {
      region_id: cart.region?.id ?? cart.region_id ?? undefined,
      customer_id: cart.customer?.id,
      sales_channel_id: cart.sales_channel_id ?? undefined,
      status: OrderStatus.PENDING,
      email: cart.email ?? undefined,
      currency_code: cart.currency_code,
      locale: cart.locale ?? null,
      shipping_address: withoutId(cart.shipping_address),
      billing_address: withoutId(cart.billing_address),
      no_notification: false,
      items,
      shipping_methods: shippingMethods,
      metadata: cart.metadata ?? null,
      promo_codes: [...new Set(promoCodes)],
    }
  })
}

/** Reservations for one created order, all at its cooperative's location; lines without managed stock need none. */
export function toReservations(
  order: { items?: { id: string; variant_id?: string | null; quantity: BigNumberInput }[] | null },
  cartItems: PurchaseCartItem[],
  locationId: string
) {
  const variantOf = new Map(cartItems.filter((i) => i.variant).map((i) => [i.variant!.id, i.variant!]))
  return (order.items ?? []).flatMap((line) => {
    const variant = line.variant_id ? variantOf.get(line.variant_id) : undefined
    if (!variant?.manage_inventory) return []
    return (variant.inventory_items ?? []).map((link) => ({
      id: line.id,
      inventory_item_id: link.inventory_item_id,
      required_quantity: Number(link.required_quantity),
      allow_backorder: !!variant.allow_backorder,
      quantity: line.quantity,
      location_ids: [locationId],
    }))
  })
}
