import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { PURCHASE_MODULE } from "../../src/modules/purchase"
import type PurchaseModuleService from "../../src/modules/purchase/service"
import { failed } from "./fixtures/http"
import { chooseShipping, createCheckoutCart, seedMarketplace, startPayment, US_ADDRESS, variantIdsBySku } from "./fixtures/marketplace"

jest.setTimeout(180 * 1000)

type Group = { cooperative: { id: string; handle: string; name: string }; item_ids: string[]; options: { id: string; name: string; amount: number; code: string }[]; selected_option_id: string | null }
type PurchaseOrder = { id: string; cooperative: { handle: string; name: string }; items: { title: string; variant_title: string; quantity: number; unit_price: number; total: number }[]; item_total: number; shipping_total: number; total: number; state: string }

/** What must stay untouched when placing a cart is refused. */
async function snapshot(container: MedusaContainer, cartId: string) {
  const [orders, purchases, reservations, cart] = await Promise.all([
    container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] }),
    container.resolve<PurchaseModuleService>(PURCHASE_MODULE).listPurchases({}),
    container.resolve(Modules.INVENTORY).listReservationItems({}),
    container.resolve(Modules.CART).retrieveCart(cartId),
  ])
  return { orders: orders.length, purchases: purchases.length, reservations: reservations.length, completed_at: cart.completed_at ?? null }
}

// The test runner restores the database to its state after beforeAll before each test.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedMarketplace>>
    let headers: Record<string, string>
    let variants: Map<string, string>
    const [tea, orange] = [0, 1]
    // One line of each cooperative: tea (two packs) and oranges (one box).
    const teaSeed = () => market.seeds.find((s) => s.cooperativeId === market.approved[tea].id)!
    const orangeSeed = () => market.seeds.find((s) => s.cooperativeId === market.approved[orange].id)!
    const lines = () => [
      { variant_id: variants.get(teaSeed().product.variants[0].sku)!, quantity: 2 },
      { variant_id: variants.get(orangeSeed().product.variants[0].sku)!, quantity: 1 },
    ]
    const locationOf = async (cooperativeId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "cooperative", fields: ["stock_location.id"], filters: { id: cooperativeId } })
      return (data[0] as unknown as { stock_location: { id: string } }).stock_location.id
    }
    const levelOf = async (sku: string, locationId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { sku } })
      const itemId = (data[0] as unknown as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0].inventory_item_id
      const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId, location_id: locationId })
      return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    }

    // The cooperative sets a new price in đồng for a variant (its other prices stay).
    const setVndPrice = async (variantId: string, amount: number) => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["price_set.id"], filters: { id: variantId } })
      const priceSetId = (data[0] as unknown as { price_set: { id: string } }).price_set.id
      const pricing = container.resolve(Modules.PRICING)
      const prices = await pricing.listPrices({ price_set_id: [priceSetId] }, { select: ["id", "amount", "currency_code"] })
      await pricing.updatePriceSets(priceSetId, {
        prices: prices.map((p) => ({ id: p.id, currency_code: p.currency_code!, amount: p.currency_code === "vnd" ? amount : Number(p.amount) })),
      })
    }

    beforeAll(async () => {
      market = await seedMarketplace(getContainer())
      headers = { "x-publishable-api-key": market.publishableKey }
      variants = await variantIdsBySku(api, headers)
    })

    describe("GET /store/carts/:id/shipping-groups", () => {
      it("groups the cart by cooperative, each with its own priced options for a Vietnamese address", async () => {
        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
        const res = await api.get(`/store/carts/${cartId}/shipping-groups`, { headers })
        expect(res.status).toBe(200)
        const groups = res.data.groups as Group[]
        expect(groups.map((g) => g.cooperative.handle).sort()).toEqual([market.approved[tea].handle, market.approved[orange].handle].sort())
        for (const group of groups) {
          expect(group.item_ids).toHaveLength(1)
          expect(group.selected_option_id).toBeNull()
          expect(group.options.map((o) => [o.code, o.amount]).sort()).toEqual([
            ["pickup", 0],
            ["standard", 30000],
          ])
        }
        // Each cooperative offers its own options, not a shared set.
        const ids = groups.flatMap((g) => g.options.map((o) => o.id))
        expect(new Set(ids).size).toBe(ids.length)
      })

      it("answers 404 for an unknown cart", async () => {
        const res = await api.get("/store/carts/cart_khong_co/shipping-groups", { headers }).catch(failed)
        expect(res.status).toBe(404)
      })
    })

    describe("POST /store/carts/:id/complete", () => {
      it("is closed: a cart with several cooperatives never becomes one mixed order", async () => {
        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
        await chooseShipping(api, headers, cartId, market.approved[tea].id, "standard")
        await chooseShipping(api, headers, cartId, market.approved[orange].id, "standard")
        await startPayment(api, headers, cartId)
        const before = await snapshot(getContainer(), cartId)
        const res = await api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/POST \/store\/purchases/)
        expect(await snapshot(getContainer(), cartId)).toEqual(before)
      })
    })

    describe("POST /store/carts/:id/price-check", () => {
      type PricedCart = { total: number; items: { id: string; variant_id: string; unit_price: number; quantity: number }[] }
      const readyCart = async () => {
        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
        await chooseShipping(api, headers, cartId, market.approved[tea].id, "standard")
        await chooseShipping(api, headers, cartId, market.approved[orange].id, "standard")
        await startPayment(api, headers, cartId)
        return cartId
      }
      const sessionsOf = async (cartId: string) => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "cart", fields: ["payment_collection.payment_sessions.id"], filters: { id: cartId } })
        return ((data[0] as unknown as { payment_collection?: { payment_sessions?: { id: string }[] } }).payment_collection?.payment_sessions ?? []).map((s) => s.id)
      }

      it("answers 200 with no changes when prices stand, and leaves the cart and its payment as they were", async () => {
        const cartId = await readyCart()
        const shown = (await api.get(`/store/carts/${cartId}`, { headers })).data.cart as PricedCart
        const sessions = await sessionsOf(cartId)
        const res = await api.post(`/store/carts/${cartId}/price-check`, {}, { headers })
        expect(res.status).toBe(200)
        expect(res.data).toEqual({ changes: [] })
        expect(((await api.get(`/store/carts/${cartId}`, { headers })).data.cart as PricedCart).total).toBe(shown.total)
        expect(await sessionsOf(cartId)).toEqual(sessions)
      })

      it("answers 409 naming a price that moved, keeps the new price on the cart and drops the payment set up for the old total, placing nothing", async () => {
        const cartId = await readyCart()
        const shown = (await api.get(`/store/carts/${cartId}`, { headers })).data.cart as PricedCart
        const teaVariant = variants.get(teaSeed().product.variants[0].sku)!
        const teaLine = shown.items.find((i) => i.variant_id === teaVariant)!
        const raised = teaLine.unit_price + 5000
        await setVndPrice(teaVariant, raised)
        const before = await snapshot(getContainer(), cartId)

        const res = await api.post(`/store/carts/${cartId}/price-check`, {}, { headers }).catch(failed)
        expect(res.status).toBe(409)
        expect(res.data).toMatchObject({ type: "price_changed", changes: [{ item_id: teaLine.id, before: teaLine.unit_price, after: raised }] })
        expect(res.data.message).toContain(teaSeed().product.title_vi)
        expect(await snapshot(getContainer(), cartId)).toEqual(before)
        const repriced = (await api.get(`/store/carts/${cartId}`, { headers })).data.cart as PricedCart
        expect(repriced.total).toBe(shown.total + 5000 * teaLine.quantity)
        // A card would be set up again for the new total before it is confirmed.
        expect(await sessionsOf(cartId)).toEqual([])
        const again = await api.post(`/store/carts/${cartId}/price-check`, {}, { headers })
        expect(again.data).toEqual({ changes: [] })
      })

      it("answers 400 for a body with fields and 404 for an unknown cart", async () => {
        const cartId = await readyCart()
        const extra = await api.post(`/store/carts/${cartId}/price-check`, { cart_id: "cart_khac" }, { headers }).catch(failed)
        expect(extra.status).toBe(400)
        expect(extra.data.message).toMatch(/cart_id/)
        const missing = await api.post("/store/carts/cart_khong_co/price-check", {}, { headers }).catch(failed)
        expect(missing.status).toBe(404)
      })
    })

    describe("POST /store/purchases", () => {
      it("offers buyers abroad no cash on delivery, and refuses a way to pay the cart's region stopped offering, creating nothing", async () => {
        const providers = await api.get(`/store/payment-providers?region_id=${market.setup.regions.intl}`, { headers })
        expect(providers.data.payment_providers).toEqual([])
        const abroad = await createCheckoutCart(api, headers, market.setup.regions.intl, lines().slice(0, 1), US_ADDRESS)
        await chooseShipping(api, headers, abroad, market.approved[tea].id, "international")
        const refused = (await startPayment(api, headers, abroad).catch(failed)) as { status: number } | undefined
        expect(refused?.status).toBe(400)

        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines().slice(0, 1))
        await chooseShipping(api, headers, cartId, market.approved[tea].id, "standard")
        await startPayment(api, headers, cartId)
        await updateRegionsWorkflow(getContainer()).run({
          input: { selector: { id: market.setup.regions.vn }, update: { payment_providers: ["pp_vietqr_vietqr"] } },
        })
        const before = await snapshot(getContainer(), cartId)
        const res = await api.post("/store/purchases", { cart_id: cartId }, { headers }).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/pp_system_default is not enabled in the cart's region/)
        expect(await snapshot(getContainer(), cartId)).toEqual(before)
      })

      it("refuses a cart without shipping for one cooperative, naming that cooperative, and creates nothing", async () => {
        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
        await chooseShipping(api, headers, cartId, market.approved[tea].id, "standard")
        await startPayment(api, headers, cartId)
        const before = await snapshot(getContainer(), cartId)
        const res = await api.post("/store/purchases", { cart_id: cartId }, { headers }).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(market.approved[orange].name)
        expect(await snapshot(getContainer(), cartId)).toEqual(before)
      })

      it("places one purchase with one order per cooperative, each with its lines, shipping and stock reserved at its location", async () => {
        const teaVariant = teaSeed().product.variants[0]
        const orangeVariant = orangeSeed().product.variants[0]
        const [teaLocation, orangeLocation] = await Promise.all([locationOf(market.approved[tea].id), locationOf(market.approved[orange].id)])
        const levelsBefore = await Promise.all([levelOf(teaVariant.sku, teaLocation), levelOf(orangeVariant.sku, orangeLocation)])

        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
        await chooseShipping(api, headers, cartId, market.approved[tea].id, "standard")
        await chooseShipping(api, headers, cartId, market.approved[orange].id, "pickup")
        const groups = (await api.get(`/store/carts/${cartId}/shipping-groups`, { headers })).data.groups as Group[]
        expect(groups.every((g) => g.selected_option_id !== null)).toBe(true)
        await startPayment(api, headers, cartId)
        const shown = (await api.get(`/store/carts/${cartId}`, { headers })).data.cart

        const res = await api.post("/store/purchases", { cart_id: cartId }, { headers })
        expect(res.status).toBe(201)
        const purchase = res.data.purchase
        expect(purchase).toMatchObject({ email: "nguoimua@thunghiem.test", currency_code: "vnd" })
        expect(purchase.orders).toHaveLength(2)
        const byHandle = new Map((purchase.orders as PurchaseOrder[]).map((o) => [o.cooperative.handle, o]))
        const teaOrder = byHandle.get(market.approved[tea].handle)!
        const orangeOrder = byHandle.get(market.approved[orange].handle)!

        expect(teaOrder.items).toEqual([expect.objectContaining({ title: teaSeed().product.title_vi, quantity: 2, unit_price: teaVariant.price_vnd, total: 2 * teaVariant.price_vnd })])
        expect(teaOrder).toMatchObject({ state: "new", item_total: 2 * teaVariant.price_vnd, shipping_total: 30000, total: 2 * teaVariant.price_vnd + 30000 })
        expect(orangeOrder.items).toEqual([expect.objectContaining({ title: orangeSeed().product.title_vi, quantity: 1, unit_price: orangeVariant.price_vnd })])
        expect(orangeOrder).toMatchObject({ state: "new", item_total: orangeVariant.price_vnd, shipping_total: 0, total: orangeVariant.price_vnd })

        expect(purchase.total).toBe(teaOrder.total + orangeOrder.total)
        expect(purchase.total).toBe(shown.total)

        const levelsAfter = await Promise.all([levelOf(teaVariant.sku, teaLocation), levelOf(orangeVariant.sku, orangeLocation)])
        expect(levelsAfter[0]).toEqual({ stocked: levelsBefore[0].stocked, reserved: levelsBefore[0].reserved + 2 })
        expect(levelsAfter[1]).toEqual({ stocked: levelsBefore[1].stocked, reserved: levelsBefore[1].reserved + 1 })

        const again = await api.get(`/store/purchases/${purchase.id}`, { headers })
        expect(again.data.purchase).toEqual(purchase)
        const cart = await getContainer().resolve(Modules.CART).retrieveCart(cartId)
        expect(cart.completed_at).toBeTruthy()
        const payments = await getContainer().resolve(Modules.PAYMENT).listPaymentSessions({ payment_collection_id: shown.payment_collection.id })
        expect(payments.map((p) => p.status)).toEqual(["authorized"])
      })

      it("returns the same purchase when the cart is placed again, still with two orders", async () => {
        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
        await chooseShipping(api, headers, cartId, market.approved[tea].id, "standard")
        await chooseShipping(api, headers, cartId, market.approved[orange].id, "standard")
        await startPayment(api, headers, cartId)
        const first = await api.post("/store/purchases", { cart_id: cartId }, { headers })
        const ordersAfterFirst = (await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length

        const second = await api.post("/store/purchases", { cart_id: cartId }, { headers })
        expect(second.status).toBe(200)
        expect(second.data.purchase.id).toBe(first.data.purchase.id)
        expect(second.data.purchase.orders.map((o: { id: string }) => o.id).sort()).toEqual(first.data.purchase.orders.map((o: { id: string }) => o.id).sort())
        expect((await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length).toBe(ordersAfterFirst)
        expect(await getContainer().resolve<PurchaseModuleService>(PURCHASE_MODULE).listPurchases({ cart_id: cartId })).toHaveLength(1)
      })

      it("refuses a product of a suspended cooperative and creates nothing", async () => {
        const cooperatives = getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
        await chooseShipping(api, headers, cartId, market.approved[tea].id, "standard")
        await chooseShipping(api, headers, cartId, market.approved[orange].id, "standard")
        await startPayment(api, headers, cartId)
        await cooperatives.updateCooperatives({ id: market.approved[orange].id, status: "suspended" })
        const before = await snapshot(getContainer(), cartId)
        const res = await api.post("/store/purchases", { cart_id: cartId }, { headers }).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(orangeSeed().product.title_vi)
        expect(res.data.message).toMatch(/not selling at the moment/)
        expect(await snapshot(getContainer(), cartId)).toEqual(before)
      })

      it("refuses what is no longer in stock and creates nothing", async () => {
        // The last packs of a variant go into two carts; whoever places first gets them.
        const scarce = market.seeds.flatMap((s) => s.product.variants).find((v) => v.stock > 0 && v.stock <= 20)!
        const line = [{ variant_id: variants.get(scarce.sku)!, quantity: scarce.stock }]
        const firstCart = await createCheckoutCart(api, headers, market.setup.regions.vn, line)
        const secondCart = await createCheckoutCart(api, headers, market.setup.regions.vn, line)
        const owner = market.seeds.find((s) => s.product.variants.some((v) => v.sku === scarce.sku))!.cooperativeId
        for (const cartId of [firstCart, secondCart]) {
          await chooseShipping(api, headers, cartId, owner, "standard")
          await startPayment(api, headers, cartId)
        }
        expect((await api.post("/store/purchases", { cart_id: firstCart }, { headers })).status).toBe(201)

        const before = await snapshot(getContainer(), secondCart)
        const res = await api.post("/store/purchases", { cart_id: secondCart }, { headers }).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/out of stock/)
        expect(await snapshot(getContainer(), secondCart)).toEqual(before)
      })

      it("re-prices the cart before placing it: a price changed meanwhile is named with both amounts, nothing is placed, and placing again charges the new price", async () => {
        const cartId = await createCheckoutCart(api, headers, market.setup.regions.vn, lines())
        await chooseShipping(api, headers, cartId, market.approved[tea].id, "standard")
        await chooseShipping(api, headers, cartId, market.approved[orange].id, "standard")
        await startPayment(api, headers, cartId)
        const shown = (await api.get(`/store/carts/${cartId}`, { headers })).data.cart as { total: number; items: { id: string; variant_id: string; unit_price: number; quantity: number }[] }
        const teaVariant = variants.get(teaSeed().product.variants[0].sku)!
        const teaLine = shown.items.find((i) => i.variant_id === teaVariant)!

        // The cooperative lowers the tea's price while the shopper is on the review step.
        const container = getContainer()
        const lowered = teaLine.unit_price - 10000
        await setVndPrice(teaVariant, lowered)

        const before = await snapshot(container, cartId)
        const refused = await api.post("/store/purchases", { cart_id: cartId }, { headers }).catch(failed)
        expect(refused.status).toBe(409)
        expect(refused.data).toMatchObject({ type: "price_changed", changes: [{ item_id: teaLine.id, before: teaLine.unit_price, after: lowered }] })
        expect(refused.data.message).toContain(teaSeed().product.title_vi)
        expect(await snapshot(container, cartId)).toEqual(before)
        const repriced = (await api.get(`/store/carts/${cartId}`, { headers })).data.cart as typeof shown
        expect(repriced.items.find((i) => i.id === teaLine.id)!.unit_price).toBe(lowered)
        expect(repriced.total).toBe(shown.total - 10000 * teaLine.quantity)

        // The shopper has seen the new total; the payment is set up again for it and the cart is placed at the new price.
        await startPayment(api, headers, cartId)
        const placed = await api.post("/store/purchases", { cart_id: cartId }, { headers })
        expect(placed.status).toBe(201)
        const teaOrder = (placed.data.purchase.orders as PurchaseOrder[]).find((o) => o.cooperative.handle === market.approved[tea].handle)!
        expect(teaOrder.items[0]!.unit_price).toBe(lowered)
        expect((placed.data.purchase.orders as PurchaseOrder[]).reduce((n, o) => n + o.total, 0)).toBe(repriced.total)
      })

      it("answers 400 with a message without a cart id, and 404 for an unknown purchase", async () => {
        const res = await api.post("/store/purchases", {}, { headers }).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/cart_id/)
        const missing = await api.get("/store/purchases/pur_khong_co", { headers }).catch(failed)
        expect(missing.status).toBe(404)
      })
    })
  },
})
