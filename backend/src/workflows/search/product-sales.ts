/** One order's lines as the sales count reads them. */
export type SoldOrder = { id: string; items: { product_id: string; quantity: number }[] }

/** Units per product in each order (lines of the same product added up; empty or negative lines ignored). */
export function salesOfOrders(orders: SoldOrder[]): { order_id: string; product_id: string; units: number }[] {
  return orders.flatMap((order) => {
    const units = new Map<string, number>()
    for (const line of order.items) if (line.quantity > 0) units.set(line.product_id, (units.get(line.product_id) ?? 0) + line.quantity)
    return [...units].map(([product_id, count]) => ({ order_id: order.id, product_id, units: count }))
  })
}
