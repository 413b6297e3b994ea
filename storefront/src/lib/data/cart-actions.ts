"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { addLineItem, type LineItemOrigin, removeLineItem, updateLineItem } from "./cart"
import { type CartActionResult, type CartErrorCode, toCartErrorCode } from "./cart-errors"

/** Largest quantity one line may hold; the backend still checks stock. */
const MAX_LINE_QUANTITY = 999

const id = z.string().trim().min(1).max(200)
const quantity = z.number().int().min(1).max(MAX_LINE_QUANTITY)

const origin = z.object({ fairSlug: z.string().regex(/^[a-z0-9-]{1,100}$/), boothCode: z.string().regex(/^[A-Z0-9-]{1,12}$/) }).strict()

const addSchema = z.object({ variantId: id, quantity, origin: origin.optional() }).strict()
const updateSchema = z.object({ lineId: id, quantity }).strict()
const removeSchema = z.object({ lineId: id }).strict()

async function run(change: () => Promise<void>, fallback: CartErrorCode): Promise<CartActionResult> {
  try {
    await change()
  } catch (error) {
    console.error(`Cart change failed (${fallback})`, error)
    return { error: toCartErrorCode(error, fallback) }
  }
  // The cart shows in the header of every page, so the whole layout is stale.
  revalidatePath("/", "layout")
  return { error: null }
}

/** Adds a variant to the shopper's cart; `origin` names the fair booth it was added from, if any. */
export async function addToCartAction(input: { variantId: string; quantity: number; origin?: LineItemOrigin }): Promise<CartActionResult> {
  const parsed = addSchema.safeParse(input)
  if (!parsed.success) return { error: "invalid_input" }
  return run(() => addLineItem(parsed.data.variantId, parsed.data.quantity, parsed.data.origin), "add_failed")
}

/** Changes a cart line's quantity. */
export async function updateCartLineAction(input: { lineId: string; quantity: number }): Promise<CartActionResult> {
  const parsed = updateSchema.safeParse(input)
  if (!parsed.success) return { error: "invalid_input" }
  return run(() => updateLineItem(parsed.data.lineId, parsed.data.quantity), "update_failed")
}

/** Removes a cart line. */
export async function removeCartLineAction(input: { lineId: string }): Promise<CartActionResult> {
  const parsed = removeSchema.safeParse(input)
  if (!parsed.success) return { error: "invalid_input" }
  return run(() => removeLineItem(parsed.data.lineId), "remove_failed")
}
