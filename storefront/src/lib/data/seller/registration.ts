import "server-only"
import { z } from "zod"
import { errorStatus } from "../errors"
import { publicSellerFetch, sellerFetch } from "./client"
import { SellerError } from "./mappers/action-error"
import { readTokenClaims } from "./mappers/session-token"

const tokenResponse = z.object({ token: z.string().min(1) })

export type PersonInput = { fullName: string; email: string; password: string; phone: string }

/** Exchanges e-mail and password for a seller token — `POST /auth/seller/emailpass`; null when they do not match. */
export async function signIn(email: string, password: string): Promise<string | null> {
  try {
    const data = await publicSellerFetch<unknown>("/auth/seller/emailpass", { method: "POST", body: { email, password } })
    return tokenResponse.parse(data).token
  } catch (error) {
    if (errorStatus(error) === 401 || errorStatus(error) === 400) return null
    throw error
  }
}

function alreadyRegistered(error: unknown): boolean {
  // Medusa refuses a second identity for one e-mail with 401 "Identity with email already exists".
  return errorStatus(error) === 401 && error instanceof Error && /exist/i.test(error.message)
}

/**
 * A token that may create the seller: a fresh registration token, or — when the e-mail already signs in
 * elsewhere on the marketplace (as a shopper) with this same password — that identity's token. An e-mail
 * that already belongs to a seller, or whose password differs, is `email_taken`.
 */
async function registrationToken(email: string, password: string): Promise<string> {
  try {
    const data = await publicSellerFetch<unknown>("/auth/seller/emailpass/register", { method: "POST", body: { email, password } })
    return tokenResponse.parse(data).token
  } catch (error) {
    if (!alreadyRegistered(error)) throw error
  }
  const existing = await signIn(email, password)
  if (!existing || readTokenClaims(existing)?.actorId) throw new SellerError("email_taken")
  return existing
}

/**
 * Creates the person behind a seller account and signs them in, returning the session token:
 * `POST /auth/seller/emailpass/register` → `POST /cooperative/sellers` → `POST /auth/seller/emailpass`.
 */
export async function createSellerAccount(person: PersonInput): Promise<string> {
  const token = await registrationToken(person.email, person.password)
  const body: Record<string, unknown> = { full_name: person.fullName }
  if (person.phone) body.phone = person.phone
  await publicSellerFetch<unknown>("/cooperative/sellers", { method: "POST", body, token })
  // The registration token names no seller yet; signing in again gives one that does.
  const session = await signIn(person.email, person.password)
  if (!session) throw new Error("Signing in right after creating the seller failed.")
  return session
}

/** Registers a cooperative owned by the signed-in person — `POST /cooperative/cooperatives`; returns its id. */
export async function createCooperative(token: string, body: Record<string, unknown>): Promise<string> {
  const data = await sellerFetch<unknown>("/cooperative/cooperatives", { method: "POST", body, token })
  return z.object({ cooperative: z.object({ id: z.string() }) }).parse(data).cooperative.id
}
