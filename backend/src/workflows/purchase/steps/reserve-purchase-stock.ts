import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Id of the step that holds the stock of a purchase's lines. */
export const reservePurchaseStockStepId = "reserve-purchase-stock"

export type ReservePurchaseStockInput = {
  items: { id: string; inventory_item_id: string; required_quantity: number; allow_backorder: boolean; quantity: BigNumberInput; location_ids: string[] }[]
  /** What the shopper calls each inventory item (its line's product and variant), for a refusal they can act on. */
  names: Record<string, string>
}

/**
 * Reserves each order line's stock at its cooperative's location, inventory item by inventory item under a lock, so two
 * shoppers can never both take the last unit. The stock check before it reads stock without a lock; when another shopper
 * got there first, the inventory module refuses here, and the shopper is told which product sold out (400).
 */
export const reservePurchaseStockStep = createStep(
  reservePurchaseStockStepId,
  async ({ items, names }: ReservePurchaseStockInput, { container }) => {
    if (!items.length) return new StepResponse([], { reservations: [] as string[], inventoryItemIds: [] as string[] })
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const inventoryItemIds = [...new Set(items.map((i) => i.inventory_item_id))]
    try {
      const reservations = await locking.execute(inventoryItemIds, () =>
        inventory.createReservationItems(
          items.map((item) => ({
            line_item_id: item.id,
            inventory_item_id: item.inventory_item_id,
            quantity: MathBN.mult(item.required_quantity, item.quantity),
            allow_backorder: item.allow_backorder,
            location_id: item.location_ids[0]!,
          }))
        )
      )
      return new StepResponse(reservations, { reservations: reservations.map((r) => r.id), inventoryItemIds })
    } catch (error) {
      const message = error instanceof Error ? error.message : ""
      const soldOut = /Not enough stock available for item (\S+)/.exec(message)
      if (!soldOut) throw error
      const name = names[soldOut[1]!] ?? "A product in your cart"
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name} is out of stock: another shopper took the last units just now; remove it from the cart or lower the quantity.`)
    }
  },
  async (held, { container }) => {
    if (!held?.reservations.length) return
    await container.resolve(Modules.LOCKING).execute(held.inventoryItemIds, () => container.resolve(Modules.INVENTORY).deleteReservationItems(held.reservations))
  }
)
