import Medusa from "@medusajs/js-sdk"

/** The admin's own session: operator pages call the backend as the signed-in operator. */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
