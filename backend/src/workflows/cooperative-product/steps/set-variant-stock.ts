import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const SET_VARIANT_STOCK_STEP = "set-cooperative-variant-stock"

type Previous = { items: { variant_id: string; inventory_item_id: string }[]; created: string[]; updated: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] }

/** Sets each variant's stock (matched by variant title) at the cooperative's location, giving new variants inventory; undone if a later step fails. */
export const setVariantStockStep = createStep(
  SET_VARIANT_STOCK_STEP,
  async (input: { product_id: string; location_id: string; stock_by_title: Record<string, number> }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: input.product_id },
    })
    const previous: Previous = { items: [], created: [], updated: [] }
    for (const variant of variants) {
      const quantity = input.stock_by_title[variant.title ?? ""]
      if (quantity === undefined) continue
      let itemId = (variant.inventory_items as ({ inventory_item_id: string } | null)[] | undefined)?.find(Boolean)?.inventory_item_id
      if (!itemId) {
        // Medusa's product update gives inventory only to variants that already existed; a variant added in an edit gets it here.
        const item = await inventory.createInventoryItems({ sku: variant.sku, title: variant.title })
        await link.create({ [Modules.PRODUCT]: { variant_id: variant.id }, [Modules.INVENTORY]: { inventory_item_id: item.id }, data: { required_quantity: 1 } })
        previous.items.push({ variant_id: variant.id, inventory_item_id: item.id })
        itemId = item.id
      }
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: input.location_id })
      if (!level) {
        const created = await inventory.createInventoryLevels({ inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: quantity })
        previous.created.push(created.id)
      } else if (Number(level.stocked_quantity) !== quantity) {
        previous.updated.push({ inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: Number(level.stocked_quantity) })
        await inventory.updateInventoryLevels({ inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: quantity })
      }
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (previous.updated.length) await inventory.updateInventoryLevels(previous.updated)
    if (previous.created.length) await inventory.deleteInventoryLevels(previous.created)
    if (previous.items.length) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(
        previous.items.map((i) => ({ [Modules.PRODUCT]: { variant_id: i.variant_id }, [Modules.INVENTORY]: { inventory_item_id: i.inventory_item_id } }))
      )
      await inventory.deleteInventoryItems(previous.items.map((i) => i.inventory_item_id))
    }
  }
)
