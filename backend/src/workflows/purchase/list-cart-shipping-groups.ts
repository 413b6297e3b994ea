import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWithPricingWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { groupShippingOptions, type PricedShippingOption, type ShippingGroupCart, type ShippingGroupProduct } from "./shipping-groups"

/** Id of the workflow that lists a cart's shipping choices per cooperative. */
export const listCartShippingGroupsWorkflowId = "list-cart-shipping-groups"

export type ListCartShippingGroupsInput = { cart_id: string }

/** A cart's lines grouped by cooperative, with each cooperative's priced shipping options for the cart's address and the one chosen. */
export const listCartShippingGroupsWorkflow = createWorkflow(listCartShippingGroupsWorkflowId, (input: ListCartShippingGroupsInput) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      "items.product_id",
      "items.variant.product.shipping_profile.id",
      "shipping_methods.shipping_option_id",
      "shipping_methods.shipping_option.shipping_profile_id",
    ],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-cart" })
  const cart = transform({ carts }, ({ carts }) => carts[0] as unknown as ShippingGroupCart)
  // An id that matches nothing keeps an empty cart from querying every product.
  const productIds = transform({ cart }, ({ cart }) => {
    const ids = [...new Set((cart.items ?? []).flatMap((i) => (i.product_id ? [i.product_id] : [])))]
    return ids.length ? ids : ["-"]
  })
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "cooperative.id", "cooperative.handle", "cooperative.name"],
    filters: { id: productIds },
  }).config({ name: "get-product-cooperatives" })
  const options = listShippingOptionsForCartWithPricingWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  const groups = transform({ cart, products, options }, ({ cart, products, options }) =>
    groupShippingOptions(cart, products as unknown as ShippingGroupProduct[], options as unknown as PricedShippingOption[])
  )
  return new WorkflowResponse(groups)
})
