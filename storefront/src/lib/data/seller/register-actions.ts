"use server"

import { getLocale } from "next-intl/server"
import { z } from "zod"
import { redirect } from "../../../i18n/navigation"
import { revalidateSellerPages, runSellerAction } from "./action-runner"
import { failure, type SellerActionResult, SellerError } from "./mappers/action-error"
import { readCooperativeForm, toCooperativePayload, withOfficialCommune } from "./mappers/cooperative"
import { safeSellerNext } from "./mappers/session-token"
import { isInvitationPath, SELLER_PATHS } from "./paths"
import { createCooperative, createSellerAccount, type PersonInput } from "./registration"
import { getSellerToken, setActiveCooperativeCookie, setSellerSession } from "./session"

const MIN_PASSWORD = 8

const personSchema = z.object({
  fullName: z.string().trim().min(1, { error: "name_required" }).max(120, { error: "name_required" }),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "email_invalid" })),
  password: z.string().min(MIN_PASSWORD, { error: "password_too_short" }).max(200, { error: "password_too_short" }),
  phone: z.string().trim().max(30),
})

const PERSON_ERRORS = ["name_required", "email_invalid", "password_too_short"] as const

function text(form: FormData, key: string): string {
  const value = form.get(key)
  return typeof value === "string" ? value : ""
}

function readPerson(form: FormData): PersonInput | SellerError {
  const parsed = personSchema.safeParse({
    fullName: text(form, "fullName"),
    email: text(form, "email"),
    password: text(form, "password"),
    phone: text(form, "personPhone"),
  })
  if (parsed.success) return parsed.data
  const code = PERSON_ERRORS.find((c) => c === parsed.error.issues[0]?.message) ?? "invalid_input"
  return new SellerError(code)
}

/** The registration result; `accountCreated` tells the form the person exists even though a later step failed. */
export type RegisterResult = SellerActionResult & { accountCreated: boolean }

/**
 * Registers a person and their cooperative from the one-page form. Someone already signed in registers only
 * the cooperative; someone registering to accept an invitation (`next` is an invitation page) only the person.
 */
export async function registerAction(form: FormData): Promise<RegisterResult> {
  const next = safeSellerNext(text(form, "next"))
  const joining = isInvitationPath(next)
  let token = await getSellerToken()
  let accountCreated = token !== undefined
  // Checked before anyone is created, so a commune of another province saves nothing.
  const cooperative = joining ? null : withOfficialCommune(readCooperativeForm(form))
  if (!joining && !cooperative) return { ...failure("commune_not_in_province"), accountCreated }
  if (!token) {
    const person = readPerson(form)
    if (person instanceof SellerError) return { ...failure(person.code), accountCreated }
    const created = await runSellerAction("register person", () => createSellerAccount(person))
    if (created.error) return { ...created, accountCreated }
    token = created.data
    accountCreated = true
    // Signed in from here on: if the cooperative is refused, fixing it does not create the person twice.
    await setSellerSession(token)
  }
  const locale = await getLocale()
  if (joining) {
    revalidateSellerPages()
    return redirect({ href: next, locale })
  }
  const session = token
  const body = toCooperativePayload(cooperative ?? readCooperativeForm(form), { mode: "create", includeBank: false })
  const created = await runSellerAction("register cooperative", () => createCooperative(session, body))
  revalidateSellerPages()
  if (created.error) return { ...created, accountCreated }
  await setActiveCooperativeCookie(created.data)
  return redirect({ href: SELLER_PATHS.home, locale })
}
