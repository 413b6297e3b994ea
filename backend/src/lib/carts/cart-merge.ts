/**
 * Metadata keys that retire a cart merged into another: the open-cart route and the storefront treat a cart carrying
 * `merged_into_cart_id` as gone, so a shopper's other devices follow them to the cart their lines moved to.
 */
export const MERGED_INTO_KEY = "merged_into_cart_id"
export const MERGED_AT_KEY = "merged_at"

/** Whether a cart was retired by a merge (its lines moved to another cart). */
export function isRetiredCart(cart: { metadata?: Record<string, unknown> | null }): boolean {
  const into = cart.metadata?.[MERGED_INTO_KEY]
  return typeof into === "string" && into !== ""
}

export type MergeLine = {
  variant_id: string | null
  quantity: number
  metadata?: Record<string, unknown> | null
  product_title?: string | null
  variant_title?: string | null
  title?: string | null
}

export type MergeCart = { id: string; region_id: string | null; currency_code: string; items: MergeLine[] }

/** What the shop knows of a variant right now: whether it is still sold in the cart's channel, and how many can be had. */
export type VariantState = {
  /** Published product, in the cart's sales channel, variant not deleted. */
  sold: boolean
  /** Units that can still be reserved; null when stock is not counted (untracked or backorderable). */
  available: number | null
}

/** Why a line could not be moved: sold out (not enough stock), or the product is no longer sold. */
export type NotMergedReason = "out_of_stock" | "no_longer_sold"

/** A line as reported back to the shopper. */
export type MergeReportLine = { variant_id: string | null; product_title: string; variant_title: string | null; quantity: number }

export type CartMergePlan = {
  /** Lines to add to the target cart; lines with the same variant and metadata are added up. */
  items: { variant_id: string; quantity: number; metadata?: Record<string, unknown> }[]
  added: MergeReportLine[]
  not_added: (MergeReportLine & { reason: NotMergedReason })[]
  /** Carts whose lines were taken (even when some could not be added): these are retired. */
  merged_cart_ids: string[]
  /** Carts in another region or currency: their prices and shipping differ, so they are left as they are. */
  other_region_cart_ids: string[]
}

// Key order must not matter: { a, b } and { b, a } are the same line metadata.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

const hasMetadata = (metadata: Record<string, unknown> | null | undefined): metadata is Record<string, unknown> => !!metadata && Object.keys(metadata).length > 0

function report(line: MergeLine, quantity: number): MergeReportLine {
  return {
    variant_id: line.variant_id,
    product_title: line.product_title ?? line.title ?? "",
    variant_title: line.variant_title ?? null,
    quantity,
  }
}

/**
 * Plans moving the lines of a shopper's other open carts into the target cart: only carts in the target's region and
 * currency; the same variant with the same metadata adds up; a line whose product is no longer sold, or for which there
 * is not enough stock beside what the target already holds, is reported instead of added.
 */
export function planCartMerge(target: MergeCart, others: MergeCart[], variants: Map<string, VariantState>): CartMergePlan {
  const sameRegion = others.filter((cart) => cart.region_id === target.region_id && cart.currency_code === target.currency_code)
  const plan: CartMergePlan = {
    items: [],
    added: [],
    not_added: [],
    merged_cart_ids: sameRegion.map((cart) => cart.id),
    other_region_cart_ids: others.filter((cart) => !sameRegion.includes(cart)).map((cart) => cart.id),
  }

  // Units of each variant the target cart already holds, and will hold as lines are added.
  const wanted = new Map<string, number>()
  for (const line of target.items) if (line.variant_id) wanted.set(line.variant_id, (wanted.get(line.variant_id) ?? 0) + line.quantity)

  const combined = new Map<string, { line: MergeLine; quantity: number }>()
  for (const line of sameRegion.flatMap((cart) => cart.items)) {
    const key = `${line.variant_id ?? ""}|${canonical(hasMetadata(line.metadata) ? line.metadata : null)}`
    const entry = combined.get(key)
    if (entry) entry.quantity += line.quantity
    else combined.set(key, { line, quantity: line.quantity })
  }

  for (const { line, quantity } of combined.values()) {
    const state = line.variant_id ? variants.get(line.variant_id) : undefined
    if (!line.variant_id || !state?.sold) {
      plan.not_added.push({ ...report(line, quantity), reason: "no_longer_sold" })
      continue
    }
    const total = (wanted.get(line.variant_id) ?? 0) + quantity
    if (state.available !== null && total > state.available) {
      plan.not_added.push({ ...report(line, quantity), reason: "out_of_stock" })
      continue
    }
    wanted.set(line.variant_id, total)
    plan.items.push({ variant_id: line.variant_id, quantity, ...(hasMetadata(line.metadata) ? { metadata: line.metadata } : {}) })
    plan.added.push(report(line, quantity))
  }
  return plan
}
