import { ContainerRegistrationKeys, getVariantAvailability, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CartMergePlan, isRetiredCart, type MergeCart, planCartMerge, type VariantState } from "../../../lib/carts/cart-merge"

export const PLAN_CART_MERGE_STEP = "plan-cart-merge"

export type PlanCartMergeInput = { cart_id: string; customer_id: string }

/** The plan, and whether the target cart must first become the customer's (a guest cart from this browser). */
export type CartMergePlanWithTarget = CartMergePlan & { transfer: boolean }

type CartRow = {
  id: string
  region_id: string | null
  currency_code: string
  sales_channel_id: string | null
  completed_at: string | null
  customer_id: string | null
  customer?: { has_account?: boolean | null } | null
  metadata?: Record<string, unknown> | null
  items?: { variant_id: string | null; quantity: unknown; metadata?: Record<string, unknown> | null; product_title?: string | null; variant_title?: string | null; title?: string | null }[] | null
}

type VariantRow = { id: string; manage_inventory?: boolean | null; allow_backorder?: boolean | null; product?: { status?: string | null; sales_channels?: { id: string }[] | null } | null }

const CART_FIELDS = [
  "id",
  "region_id",
  "currency_code",
  "sales_channel_id",
  "completed_at",
  "customer_id",
  "customer.has_account",
  "metadata",
  "items.variant_id",
  "items.quantity",
  "items.metadata",
  "items.product_title",
  "items.variant_title",
  "items.title",
]

const toMergeCart = (cart: CartRow): MergeCart => ({
  id: cart.id,
  region_id: cart.region_id,
  currency_code: cart.currency_code,
  items: (cart.items ?? []).map((item) => ({ ...item, quantity: MathBN.convert(item.quantity as number).toNumber() })),
})

/**
 * Reads the target cart and the customer's other open carts and plans the merge. The target must be open and either the
 * customer's own or a guest's (no other account's): anything else is 404, so a cart id reveals nothing about its owner.
 */
export const planCartMergeStep = createStep(PLAN_CART_MERGE_STEP, async (input: PlanCartMergeInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: targets } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: input.cart_id } })
  const target = targets[0] as unknown as CartRow | undefined
  const ownedByAnother = !!target?.customer_id && target.customer_id !== input.customer_id && target.customer?.has_account !== false
  if (!target || target.completed_at || isRetiredCart(target) || ownedByAnother) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No open cart "${input.cart_id}" of yours to merge into.`)
  }

  const { data: rows } = await query.graph({
    entity: "cart",
    fields: CART_FIELDS,
    filters: { customer_id: input.customer_id, completed_at: null, id: { $ne: target.id } },
  })
  const others = (rows as unknown as CartRow[]).filter((cart) => !isRetiredCart(cart))

  const variantIds = [...new Set(others.flatMap((cart) => (cart.items ?? []).flatMap((item) => (item.variant_id ? [item.variant_id] : []))))]
  const variants = new Map<string, VariantState>()
  if (variantIds.length && target.sales_channel_id) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "allow_backorder", "product.status", "product.sales_channels.id"],
      filters: { id: variantIds },
    })
    const rows = data as unknown as VariantRow[]
    const counted = rows.filter((v) => v.manage_inventory && !v.allow_backorder).map((v) => v.id)
    const availability = counted.length ? await getVariantAvailability(query, { variant_ids: counted, sales_channel_id: target.sales_channel_id }) : {}
    for (const variant of rows) {
      const sold = variant.product?.status === "published" && (variant.product.sales_channels ?? []).some((c) => c?.id === target.sales_channel_id)
      const available = counted.includes(variant.id) ? MathBN.convert(availability[variant.id]?.availability ?? 0).toNumber() : null
      variants.set(variant.id, { sold, available })
    }
  }

  const plan = planCartMerge(toMergeCart(target), others.map(toMergeCart), variants)
  return new StepResponse<CartMergePlanWithTarget>({ ...plan, transfer: target.customer_id !== input.customer_id })
})
