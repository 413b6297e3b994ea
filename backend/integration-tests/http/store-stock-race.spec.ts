import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failed } from "./fixtures/http"
import { chooseShipping, createCheckoutCart, seedMarketplace, startPayment, variantIdsBySku } from "./fixtures/marketplace"

jest.setTimeout(300 * 1000)

const SHOPPERS = 20
const LAST_UNITS = 5

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it(`${SHOPPERS} shoppers racing for the last ${LAST_UNITS} units: exactly ${LAST_UNITS} orders, the rest told it is out of stock, stock never below zero`, async () => {
      const container = getContainer()
      const market = await seedMarketplace(container)
      const headers = { "x-publishable-api-key": market.publishableKey }
      const seed = market.seeds[0]!
      const sku = seed.product.variants[0]!.sku
      const variantId = (await variantIdsBySku(api, headers)).get(sku)!

      // The variant's stock at its cooperative drops to the last few units.
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { sku } })
      const itemId = (data[0] as unknown as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]!.inventory_item_id
      const inventory = container.resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId })
      await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: level!.location_id, stocked_quantity: LAST_UNITS }])

      // Every shopper has a cart with one unit, ready to place.
      const carts: string[] = []
      for (let i = 0; i < SHOPPERS; i++) {
        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, [{ variant_id: variantId, quantity: 1 }])
        await chooseShipping(api, headers, cartId, seed.cooperativeId, "standard")
        await startPayment(api, headers, cartId)
        carts.push(cartId)
      }

      const answers = await Promise.all(carts.map((cart_id) => api.post("/store/purchases", { cart_id }, { headers }).catch(failed)))
      const placed = answers.filter((a) => a.status === 201)
      const refused = answers.filter((a) => a.status !== 201)
      expect(placed).toHaveLength(LAST_UNITS)
      expect(refused).toHaveLength(SHOPPERS - LAST_UNITS)
      for (const answer of refused) {
        expect(answer.status).toBe(400)
        expect((answer.data as { message?: string }).message).toMatch(/out of stock/)
      }

      const orders = await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })
      expect(orders).toHaveLength(LAST_UNITS)
      const [after] = await inventory.listInventoryLevels({ inventory_item_id: itemId })
      expect(Number(after!.reserved_quantity)).toBe(LAST_UNITS)
      expect(Number(after!.stocked_quantity) - Number(after!.reserved_quantity)).toBe(0)
    })
  },
})
