import "server-only"
import { cache } from "react"
import type { AppLocale } from "../../i18n/routing"
import { customerHeaders } from "./account/session"
import { errorStatus } from "./errors"
import { toPurchaseView } from "./mappers/purchase"
import type { PurchaseView } from "./purchase-views"
import { getSdk } from "./sdk"

// Purchase ids are Medusa ids ("pur_…"); anything else cannot exist, so it is not sent to the backend.
const PURCHASE_ID = /^[A-Za-z0-9_-]{1,100}$/

/**
 * A purchase with its orders per cooperative, or null when there is none or it is another shopper's —
 * `GET /store/purchases/:id` as the signed-in shopper, if any (uncached: states change).
 */
export const getPurchase = cache(async (id: string, locale: AppLocale): Promise<PurchaseView | null> => {
  if (!PURCHASE_ID.test(id)) return null
  try {
    const { purchase } = await getSdk().client.fetch<{ purchase: unknown }>(`/store/purchases/${encodeURIComponent(id)}`, {
      headers: await customerHeaders(),
      cache: "no-store",
    })
    return toPurchaseView(purchase, locale)
  } catch (error) {
    // 404: no such purchase; 400: an id the backend refuses outright.
    const status = errorStatus(error)
    if (status === 404 || status === 400) return null
    throw error
  }
})
