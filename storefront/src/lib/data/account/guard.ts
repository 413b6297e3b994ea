import "server-only"
import { getLocale } from "next-intl/server"
import { redirect } from "../../../i18n/navigation"
import type { CustomerView } from "../account-views"
import { getCustomer } from "./customer"

/** The signed-in shopper, or a redirect to sign in that comes back to `path`. */
export async function requireCustomer(path: string): Promise<CustomerView> {
  const customer = await getCustomer()
  if (customer) return customer
  return redirect({ href: { pathname: "/account/login", query: { next: path } }, locale: await getLocale() })
}

/** Sends a shopper who is already signed in on to their account (or `next`). */
export async function redirectSignedIn(next: string | null): Promise<void> {
  if (await getCustomer()) redirect({ href: next ?? "/account", locale: await getLocale() })
}
