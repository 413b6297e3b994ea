import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MERGED_AT_KEY, MERGED_INTO_KEY } from "../../../lib/carts/cart-merge"

export const RETIRE_MERGED_CARTS_STEP = "retire-merged-carts"

export type RetireMergedCartsInput = { cart_ids: string[]; into_cart_id: string }

/** Marks carts whose lines moved into another as retired (`metadata.merged_into_cart_id`); their metadata is restored if a later step fails. */
export const retireMergedCartsStep = createStep(
  RETIRE_MERGED_CARTS_STEP,
  async (input: RetireMergedCartsInput, { container }) => {
    if (!input.cart_ids.length) return new StepResponse([], [])
    const carts = container.resolve(Modules.CART)
    const before = await carts.listCarts({ id: input.cart_ids }, { select: ["id", "metadata"] })
    const mergedAt = new Date().toISOString()
    await carts.updateCarts(before.map((cart) => ({ id: cart.id, metadata: { ...(cart.metadata ?? {}), [MERGED_INTO_KEY]: input.into_cart_id, [MERGED_AT_KEY]: mergedAt } })))
    return new StepResponse(input.cart_ids, before.map((cart) => ({ id: cart.id, metadata: cart.metadata ?? {} })))
  },
  async (before, { container }) => {
    if (!before?.length) return
    // Medusa merges metadata: an empty value removes the key.
    await container
      .resolve(Modules.CART)
      .updateCarts(before.map((cart) => ({ id: cart.id, metadata: { ...cart.metadata, [MERGED_INTO_KEY]: "", [MERGED_AT_KEY]: "" } })))
  }
)
