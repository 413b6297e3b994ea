import enCheckout from "../../messages/en/checkout.json"
import enDirectory from "../../messages/en/directory.json"
import enSeller from "../../messages/en/seller.json"
import enShop from "../../messages/en/shop.json"
import viCheckout from "../../messages/vi/checkout.json"
import viDirectory from "../../messages/vi/directory.json"
import viSeller from "../../messages/vi/seller.json"
import viShop from "../../messages/vi/shop.json"

// One file per area keeps each area's text together; namespaces must not repeat across files.
const vi = { ...viShop, ...viDirectory, ...viSeller, ...viCheckout }
const en = { ...enShop, ...enDirectory, ...enSeller, ...enCheckout }

/** Vietnamese messages: the source of truth for keys and types. */
export type Messages = typeof vi

/** All messages per locale. */
export const messagesByLocale: Record<"vi" | "en", Messages> = { vi, en: en as Messages }

/** The message files, per locale and area, for checks that look at each file. */
export const messageFiles = {
  vi: { shop: viShop, directory: viDirectory, seller: viSeller, checkout: viCheckout },
  en: { shop: enShop, directory: enDirectory, seller: enSeller, checkout: enCheckout },
}
