import type { CartWorkflowDTO, LinkDefinition, UsageComputedActions } from "@medusajs/framework/types"
import { EventPriority, MedusaError, Modules, OrderWorkflowEvents, ReservationItemWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  compensatePaymentIfNeededStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartItemsStep,
  validateCartPaymentsStep,
} from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { PURCHASE_MODULE } from "../../modules/purchase"
import { captureTransactions } from "./capture-transactions"
import { toOrderInputs, toReservations } from "./order-input"
import { CART_FIELDS_FOR_PURCHASE, type ProductCooperative, type PurchaseCart } from "./purchase-cart"
import { itemName } from "./split-cart"
import { createCooperativeOrdersStep } from "./steps/create-cooperative-orders"
import { createPurchaseStep } from "./steps/create-purchase"
import { reservePurchaseStockStep } from "./steps/reserve-purchase-stock"
import { registerPromotionUsageStep } from "./steps/register-promotion-usage"
import { validatePurchaseCartStep } from "./steps/validate-purchase-cart"

/** Id of the workflow that turns a cart into one purchase with one order per cooperative. */
export const completePurchaseWorkflowId = "complete-purchase"

/** Event emitted once per placed purchase, after `order.placed` for each of its orders. */
export const PURCHASE_CREATED_EVENT = "purchase.created"

export type CompletePurchaseInput = { cart_id: string }
export type CompletePurchaseResult = { id: string; created: boolean }

const THREE_DAYS = 60 * 60 * 24 * 3

/**
 * Places a cart as one purchase and one Medusa order per cooperative (its lines, its shipping method, stock reserved at its
 * location, a `cooperative_order` in state new), then authorizes the payment. A cart is placed once: a repeated call
 * returns the same purchase.
 *
 * Payment: the cart has one payment collection for the whole purchase, and it is NOT linked to the orders. Medusa treats
 * an order's linked collection as that order's own — cancelling one cooperative's order would cancel the shopper's whole
 * payment, and each order would count the full amount as paid. The collection stays reachable from the purchase
 * (`purchase.cart_id` → cart → payment collection); per-cooperative payment methods will give each order its own.
 */
export const completePurchaseWorkflow = createWorkflow(
  { name: completePurchaseWorkflowId, store: true, idempotent: false, retentionTime: THREE_DAYS },
  (input: CompletePurchaseInput) => {
    // Same key as Medusa's cart workflows, so the cart cannot change while it is being placed.
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
    const [existing, cartQuery] = parallelize(
      useQueryGraphStep({ entity: "purchase", fields: ["id"], filters: { cart_id: input.cart_id } }).config({ name: "get-existing-purchase" }),
      useQueryGraphStep({
        entity: "cart",
        fields: CART_FIELDS_FOR_PURCHASE,
        filters: { id: input.cart_id },
        options: { isList: false, throwIfKeyNotFound: true },
      }).config({ name: "get-cart" })
    )
    const existingId = transform({ existing }, ({ existing }) => (existing.data[0] as { id: string } | undefined)?.id)

    const placed = when("purchase-not-placed-yet", { existingId }, ({ existingId }) => !existingId).then(() => {
      const cart = transform({ cartQuery }, ({ cartQuery }) => cartQuery.data as unknown as PurchaseCart)
      const medusaCart = transform({ cartQuery }, ({ cartQuery }) => cartQuery.data as unknown as CartWorkflowDTO)
      validateCartItemsStep({ cart: medusaCart })
      const paymentSessions = validateCartPaymentsStep({ cart: medusaCart })
      // Like Medusa, the first processable session is the one authorized.
      const session = transform({ paymentSessions }, ({ paymentSessions }) => ({ id: paymentSessions[0]?.id ?? "", provider_id: paymentSessions[0]?.provider_id }))
      // Refunds a payment the provider captured if anything below fails.
      compensatePaymentIfNeededStep(transform({ session }, ({ session }) => ({ payment_session_id: session.id })))

      const lookups = transform({ cart }, ({ cart }) => ({
        product_ids: [...new Set((cart.items ?? []).flatMap((i) => (i.product_id ? [i.product_id] : [])))],
        option_ids: (cart.shipping_methods ?? []).flatMap((m) => (m.shipping_option_id ? [m.shipping_option_id] : [])),
      }))
      const [products, options] = parallelize(
        useQueryGraphStep({
          entity: "product",
          fields: [
            "id",
            "cooperative.id",
            "cooperative.handle",
            "cooperative.name",
            "cooperative.status",
            "cooperative.stock_location.id",
            "cooperative.bank_bin",
            "cooperative.bank_account_number",
            "cooperative.bank_account_holder",
          ],
          filters: { id: lookups.product_ids },
        }).config({ name: "get-product-cooperatives" }),
        useQueryGraphStep({ entity: "shipping_option", fields: ["id", "shipping_profile_id"], filters: { id: lookups.option_ids } }).config({
          name: "get-shipping-options",
        })
      )
      const shares = validatePurchaseCartStep({
        cart,
        products: transform({ products }, ({ products }) => products.data as unknown as ProductCooperative[]),
        shipping_options: transform({ options }, ({ options }) => options.data as unknown as { id: string; shipping_profile_id: string }[]),
        payment_provider_id: transform({ session }, ({ session }) => session.provider_id),
      })

      const orders = createOrdersStep(transform({ cart, shares }, ({ cart, shares }) => toOrderInputs(cart, shares)))
      const cooperativeOrders = createCooperativeOrdersStep(transform({ shares }, ({ shares }) => shares.map((s) => ({ cooperative_id: s.cooperative.id, ...s.payment }))))
      const purchase = createPurchaseStep(
        transform({ cart }, ({ cart }) => ({
          cart_id: cart.id,
          email: cart.email ?? "",
          customer_id: cart.customer?.id ?? null,
          currency_code: cart.currency_code,
        }))
      )

      // Orders come back in no guaranteed order; each is matched to its cooperative through its lines' product.
      const placedOrders = transform({ orders, shares, cart, cooperativeOrders }, ({ orders, shares, cart, cooperativeOrders }) => {
        const shareOfItem = new Map(shares.flatMap((s) => s.item_ids.map((id) => [id, s] as const)))
        const shareOfProduct = new Map((cart.items ?? []).map((i) => [i.product_id ?? "", shareOfItem.get(i.id)!]))
        return orders.map((order) => {
          const share = shareOfProduct.get(order.items?.[0]?.product_id ?? "")
          const row = cooperativeOrders.find((c) => c.cooperative_id === share?.cooperative.id)
          if (!share || !row) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Order ${order.id} matches no cooperative of the cart.`)
          return { order, share, cooperative_order_id: row.id }
        })
      })

      const links = transform({ placedOrders, purchase, cart }, ({ placedOrders, purchase, cart }) => {
        const result: LinkDefinition[] = []
        for (const { order, cooperative_order_id } of placedOrders) {
          result.push(
            { [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cart.id } },
            { [Modules.ORDER]: { order_id: order.id }, [COOPERATIVE_MODULE]: { cooperative_order_id } },
            { [Modules.ORDER]: { order_id: order.id }, [PURCHASE_MODULE]: { purchase_id: purchase.id } }
          )
          const codes = new Set(
            [...(order.items ?? []).flatMap((i) => i.adjustments ?? []), ...(order.shipping_methods ?? []).flatMap((m) => m.adjustments ?? [])].map(
              (a) => a.code
            )
          )
          for (const promotion of cart.promotions ?? []) {
            if (promotion.code && codes.has(promotion.code)) {
              result.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.PROMOTION]: { promotion_id: promotion.id } })
            }
          }
        }
        return result
      })
      const reservations = transform({ placedOrders, cart }, ({ placedOrders, cart }) => ({
        items: placedOrders.flatMap(({ order, share }) => toReservations(order, cart.items ?? [], share.location_id)),
        names: Object.fromEntries((cart.items ?? []).flatMap((i) => (i.variant?.inventory_items ?? []).map((link) => [link.inventory_item_id, itemName(i)]))),
      }))
      const completedAt = transform({ cart }, ({ cart }) => [{ id: cart.id, completed_at: new Date() }])
      const promotionUsage = transform({ cart }, ({ cart }) => ({
        computedActions: [...(cart.items ?? []), ...(cart.shipping_methods ?? [])]
          .flatMap((line) => line.adjustments ?? [])
          .map((a): UsageComputedActions => ({ amount: a.amount, code: a.code ?? "" })),
        registrationContext: { customer_id: cart.customer?.id ?? null, customer_email: cart.email ?? null },
      }))
      const placedEvents = transform({ placedOrders }, ({ placedOrders }) => placedOrders.map(({ order }) => ({ id: order.id })))

      const [, , createdReservations] = parallelize(
        createRemoteLinkStep(links),
        updateCartsStep(completedAt),
        reservePurchaseStockStep(reservations),
        registerPromotionUsageStep(promotionUsage),
        emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: placedEvents, options: { priority: EventPriority.CRITICAL } }).config({
          name: "emit-order-placed",
        }),
        emitEventStep({ eventName: PURCHASE_CREATED_EVENT, data: transform({ purchase }, ({ purchase }) => ({ id: purchase.id })) }).config({
          name: "emit-purchase-created",
        })
      )
      const reservationEvents = transform({ createdReservations, placedOrders }, ({ createdReservations, placedOrders }) => {
        const orderOfLine = new Map(placedOrders.flatMap(({ order }) => (order.items ?? []).map((i) => [i.id, order.id] as const)))
        return (createdReservations ?? []).map((r) => ({ id: r.id, order_id: orderOfLine.get(r.line_item_id ?? "") }))
      })
      emitEventStep({ eventName: ReservationItemWorkflowEvents.CREATED, data: reservationEvents }).config({ name: "emit-reservation-item-created" })

      return transform({ purchase, session, placedOrders }, ({ purchase, session, placedOrders }) => ({
        id: purchase.id,
        payment_session_id: session.id,
        order_ids: placedOrders.map(({ order }) => order.id),
      }))
    })

    // Authorized last, as Medusa does, so that as little as possible can fail after the shopper's money is held;
    // a failure here still undoes everything above. A cart whose total is fully covered has no session to authorize.
    when("authorize-purchase-payment", { placed }, ({ placed }) => !!placed?.payment_session_id).then(() => {
      const payment = authorizePaymentSessionStep(transform({ placed }, ({ placed }) => ({ id: placed!.payment_session_id })))
      const { data: totals } = useQueryGraphStep({
        entity: "order",
        fields: ["id", "total"],
        filters: { id: transform({ placed }, ({ placed }) => placed!.order_ids) },
      }).config({ name: "get-order-totals" })
      addOrderTransactionStep(
        transform({ payment, totals }, ({ payment, totals }) => captureTransactions(payment, totals as unknown as { id: string; total: number }[]))
      )
    })

    releaseLockStep({ key: input.cart_id })
    const result = transform({ placed, existingId }, ({ placed, existingId }): CompletePurchaseResult => ({
      id: placed?.id ?? existingId!,
      created: !!placed,
    }))
    return new WorkflowResponse(result)
  }
)
