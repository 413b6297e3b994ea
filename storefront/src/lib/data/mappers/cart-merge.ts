import { z } from "zod"
import type { CartMergeNoticeView } from "../../../types/views"

// Enough titles to say what is missing; a cookie carries the notice, so it stays small.
const MAX_TITLES = 5

const reportedLine = z.object({ product_title: z.string(), variant_title: z.string().nullish(), quantity: z.number() })

/** `POST /store/customers/me/carts/merge` → `merge`, as the backend contract describes it. */
export const storeCartMerge = z.object({
  merge: z.object({
    cart_id: z.string(),
    added: z.array(reportedLine),
    not_added: z.array(reportedLine.extend({ reason: z.string() })),
    merged_cart_ids: z.array(z.string()),
    other_region_cart_ids: z.array(z.string()),
  }),
})

const title = (line: z.infer<typeof reportedLine>) => (line.variant_title ? `${line.product_title} (${line.variant_title})` : line.product_title)

/** What the shopper is told once after signing in: products added from the cart they left, and those that could not be; null when nothing moved. */
export function toCartMergeNotice(data: unknown): CartMergeNoticeView | null {
  const { merge } = storeCartMerge.parse(data)
  if (merge.added.length === 0 && merge.not_added.length === 0) return null
  return { added: merge.added.length, notAdded: merge.not_added.map(title).slice(0, MAX_TITLES), notAddedCount: merge.not_added.length }
}

const noticeCookie = z.object({ added: z.number().int().min(0), notAdded: z.array(z.string()).max(MAX_TITLES), notAddedCount: z.number().int().min(0) })

/** The notice as its cookie holds it. */
export function encodeCartMergeNotice(notice: CartMergeNoticeView): string {
  return JSON.stringify(notice)
}

/** The notice from its cookie; null for anything that is not one (a cookie is the visitor's to change). */
export function decodeCartMergeNotice(value: string | undefined): CartMergeNoticeView | null {
  if (!value) return null
  try {
    const parsed = noticeCookie.safeParse(JSON.parse(value))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
