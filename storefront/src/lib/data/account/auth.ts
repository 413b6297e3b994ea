import "server-only"
import { z } from "zod"
import { errorStatus } from "../errors"
import { readTokenClaims } from "../seller/mappers/session-token"
import { getSdk } from "../sdk"
import { AccountError } from "./action-runner"
import { customerFetch } from "./customer"

const tokenResponse = z.object({ token: z.string().min(1) })

/** Exchanges e-mail and password for a shopper token — `POST /auth/customer/emailpass`; null when they do not match. */
export async function signInCustomer(email: string, password: string): Promise<string | null> {
  try {
    const data = await getSdk().client.fetch<unknown>("/auth/customer/emailpass", { method: "POST", body: { email, password }, cache: "no-store" })
    return tokenResponse.parse(data).token
  } catch (error) {
    if (errorStatus(error) === 401 || errorStatus(error) === 400) return null
    throw error
  }
}

/**
 * A token that may create the customer: a fresh registration token, or — when the e-mail already signs in elsewhere on
 * the marketplace (as a seller) with this same password — that identity's. An e-mail that is a shopper already is taken.
 */
async function registrationToken(email: string, password: string): Promise<string> {
  try {
    const data = await getSdk().client.fetch<unknown>("/auth/customer/emailpass/register", { method: "POST", body: { email, password }, cache: "no-store" })
    return tokenResponse.parse(data).token
  } catch (error) {
    // Medusa refuses a second identity for one e-mail with 401 "Identity with email already exists".
    if (!(errorStatus(error) === 401 && error instanceof Error && /exist/i.test(error.message))) throw error
  }
  const existing = await signInCustomer(email, password)
  const claims = readTokenClaims(existing)
  if (!existing || (claims?.actorType === "customer" && claims.actorId)) throw new AccountError("email_taken")
  return existing
}

export type NewCustomer = { email: string; password: string; first_name: string; last_name: string; phone: string }

/** Creates a shopper account and signs it in: `POST /auth/customer/emailpass/register` → `POST /store/customers` → sign-in. */
export async function registerCustomer(person: NewCustomer): Promise<string> {
  const token = await registrationToken(person.email, person.password)
  const { password: _password, phone, ...profile } = person
  await customerFetch(token, "/store/customers", { method: "POST", body: { ...profile, ...(phone ? { phone } : {}) }, query: { fields: "id" } })
  // The registration token names no customer yet; signing in again gives one that does.
  const session = await signInCustomer(person.email, person.password)
  if (!session) throw new Error("Signing in right after registering failed.")
  return session
}
