import enAccount from "../../messages/en/account.json"
import enCheckout from "../../messages/en/checkout.json"
import enDirectory from "../../messages/en/directory.json"
import enFairs from "../../messages/en/fairs.json"
import enOcop from "../../messages/en/ocop.json"
import enSearch from "../../messages/en/search.json"
import enSeller from "../../messages/en/seller.json"
import enShop from "../../messages/en/shop.json"
import enTrace from "../../messages/en/trace.json"
import viAccount from "../../messages/vi/account.json"
import viCheckout from "../../messages/vi/checkout.json"
import viDirectory from "../../messages/vi/directory.json"
import viFairs from "../../messages/vi/fairs.json"
import viOcop from "../../messages/vi/ocop.json"
import viSearch from "../../messages/vi/search.json"
import viSeller from "../../messages/vi/seller.json"
import viShop from "../../messages/vi/shop.json"
import viTrace from "../../messages/vi/trace.json"

// One file per area keeps each area's text together; namespaces must not repeat across files.
const vi = { ...viShop, ...viDirectory, ...viSeller, ...viCheckout, ...viOcop, ...viTrace, ...viSearch, ...viFairs, ...viAccount }
const en = { ...enShop, ...enDirectory, ...enSeller, ...enCheckout, ...enOcop, ...enTrace, ...enSearch, ...enFairs, ...enAccount }

/** Vietnamese messages: the source of truth for keys and types. */
export type Messages = typeof vi

/** All messages per locale. */
export const messagesByLocale: Record<"vi" | "en", Messages> = { vi, en: en as Messages }

/** The message files, per locale and area, for checks that look at each file. */
export const messageFiles = {
  vi: { shop: viShop, directory: viDirectory, seller: viSeller, checkout: viCheckout, ocop: viOcop, trace: viTrace, search: viSearch, fairs: viFairs, account: viAccount },
  en: { shop: enShop, directory: enDirectory, seller: enSeller, checkout: enCheckout, ocop: enOcop, trace: enTrace, search: enSearch, fairs: enFairs, account: enAccount },
}
