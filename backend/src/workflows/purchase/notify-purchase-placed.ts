import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { type EmailOrder, newOrderEmail, purchaseConfirmationEmail } from "../../lib/emails/purchase"
import { storefrontUrl } from "../../lib/env"
import type { StorePurchase } from "../../lib/purchases/purchase-view"
import { loadPurchaseStep } from "./steps/load-purchase"

/** Id of the workflow that tells the shopper and each cooperative about a placed purchase. */
export const notifyPurchasePlacedWorkflowId = "notify-purchase-placed"

type Cooperative = { id: string; handle: string; email: string; members?: { email: string; role: string }[] | null }

const emailOrder = (purchase: StorePurchase, order: StorePurchase["orders"][number]): EmailOrder => ({
  display_id: order.display_id,
  cooperative: order.cooperative?.name ?? "",
  currency_code: purchase.currency_code,
  items: order.items.map((i) => ({ title: i.variant_title ? `${i.title} (${i.variant_title})` : i.title, quantity: i.quantity, total: i.total })),
  shipping_total: order.shipping_total,
  total: order.total,
  payment: { method: order.payment.method, transfer: order.payment.transfer },
})

/** E-mails the shopper one confirmation of the whole purchase, and each cooperative (its address and owners) its own new order. */
export const notifyPurchasePlacedWorkflow = createWorkflow(notifyPurchasePlacedWorkflowId, (input: { id: string }) => {
  const purchase = loadPurchaseStep(input)
  const handles = transform({ purchase }, ({ purchase }) => purchase.orders.flatMap((o) => (o.cooperative ? [o.cooperative.handle] : [])))
  const { data: cooperatives } = useQueryGraphStep({ entity: "cooperative", fields: ["id", "handle", "email", "members.email", "members.role"], filters: { handle: handles } })
  const notifications = transform({ purchase, cooperatives }, ({ purchase, cooperatives }) => {
    const base = storefrontUrl()
    const shopper = {
      to: purchase.email,
      channel: "email",
      template: "purchase-placed",
      content: purchaseConfirmationEmail(
        purchase.orders.map((o) => emailOrder(purchase, o)),
        `${base}/purchases/${purchase.id}`
      ),
      data: { purchase_id: purchase.id },
    }
    const byHandle = new Map((cooperatives as unknown as Cooperative[]).map((c) => [c.handle, c]))
    const sellers = purchase.orders.flatMap((order) => {
      const coop = order.cooperative ? byHandle.get(order.cooperative.handle) : undefined
      if (!coop) return []
      const owners = (coop.members ?? []).filter((m) => m.role === "owner").map((m) => m.email)
      const content = newOrderEmail(emailOrder(purchase, order), `${base}/seller/orders/${order.id}`)
      return [...new Set([coop.email, ...owners].map((e) => e.toLowerCase()))].map((to) => ({
        to,
        channel: "email",
        template: "cooperative-new-order",
        content,
        data: { order_id: order.id, cooperative_id: coop.id },
      }))
    })
    return [shopper, ...sellers]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
