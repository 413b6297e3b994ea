import "server-only"
import Medusa from "@medusajs/js-sdk"
import { getConfig } from "../config"

let instance: Medusa | undefined

/** The one Medusa JS SDK client, created on first use so config is read at request time, not at build. */
export function getSdk(): Medusa {
  instance ??= new Medusa({
    baseUrl: getConfig().MEDUSA_BACKEND_URL,
    publishableKey: getConfig().MEDUSA_PUBLISHABLE_KEY,
    // A server-wide client must never hold one shopper's token.
    auth: { jwtTokenStorageMethod: "nostore" },
  })
  return instance
}
