import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { z } from "zod"
import type { AppLocale } from "../../../i18n/routing"
import type { CustomerView, OrderHistoryEntry } from "../account-views"
import type { SavedAddressView } from "../checkout-views"
import { errorStatus } from "../errors"
import { toCustomerView, toReorderLines, toSavedAddresses } from "../mappers/account"
import { parsePurchase, toPurchaseView } from "../mappers/purchase"
import { getSdk } from "../sdk"
import { getCustomerToken } from "./session"

type Request = { method?: "GET" | "POST" | "DELETE"; query?: Record<string, unknown>; body?: Record<string, unknown> }

/** A store API call as the shopper holding `token`. */
export async function customerFetch<T>(token: string, path: string, request: Request = {}): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: request.method ?? "GET",
    query: request.query,
    body: request.body,
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
}

type Me = { customer: CustomerView; addresses: HttpTypes.StoreCustomerAddress[] }

// One read per request, shared by header, page and checkout; null for a guest or a token the backend refuses.
const retrieveMe = cache(async (): Promise<(Me & { token: string }) | null> => {
  const token = await getCustomerToken()
  if (!token) return null
  try {
    const { customer } = await customerFetch<{ customer: unknown }>(token, "/store/customers/me", { query: { fields: "id,email,first_name,last_name,phone,*addresses" } })
    const addresses = z.object({ addresses: z.array(z.custom<HttpTypes.StoreCustomerAddress>()).nullish() }).parse(customer).addresses ?? []
    return { token, customer: toCustomerView(customer), addresses }
  } catch (error) {
    if (errorStatus(error) === 401 || errorStatus(error) === 404) return null
    throw error
  }
})

/** The signed-in shopper, or null — `GET /store/customers/me` (uncached). */
export async function getCustomer(): Promise<CustomerView | null> {
  return (await retrieveMe())?.customer ?? null
}

/** Whether someone is signed in, for the header; a guest when the backend cannot be reached. */
export async function isSignedIn(): Promise<boolean> {
  try {
    return (await retrieveMe()) !== null
  } catch (error) {
    console.error("Could not read the shopper for the header", error)
    return false
  }
}

/** The signed-in shopper's address book, default first; empty for a guest. */
export async function getSavedAddresses(): Promise<SavedAddressView[]> {
  const me = await retrieveMe()
  return me ? toSavedAddresses(me.addresses, me.customer.email) : []
}

/** A page of the shopper's purchases, newest first — `GET /store/customers/me/purchases`; null for a guest. */
export async function getOrderHistory(locale: AppLocale, page: { limit: number; offset: number }): Promise<{ entries: OrderHistoryEntry[]; count: number } | null> {
  const me = await retrieveMe()
  if (!me) return null
  const data = await customerFetch<unknown>(me.token, "/store/customers/me/purchases", { query: page })
  const { purchases, count } = z.object({ purchases: z.array(z.unknown()), count: z.number() }).parse(data)
  const entries = purchases.map((raw) => {
    const purchase = parsePurchase(raw)
    return { ...toPurchaseView(raw, locale), reorderLines: toReorderLines(purchase).lines }
  })
  return { entries, count }
}
