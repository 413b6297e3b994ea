import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { createSellerWorkflow } from "../../workflows/seller/create-seller"
import demoLogins from "../demo-data/demo-logins.json"

type DemoLogin = (typeof demoLogins)[number]

/** Registers an email + password identity for the given actor. */
async function register(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) throw new Error(`Could not register ${email}: ${error ?? "unknown error"}`)
  return authIdentity
}

function splitName(name: string) {
  const parts = name.split(" ")
  return { first_name: parts.slice(-1).join(" "), last_name: parts.slice(0, -1).join(" ") }
}

/** Operator (admin user), cooperative owners and a shopper, with the demo passwords. */
export async function seedAccounts(container: MedusaContainer, cooperativeIds: Record<string, string>) {
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  for (const login of demoLogins as DemoLogin[]) {
    const identity = await register(container, login.email, login.password)
    if (login.role === "operator") {
      await createUserAccountWorkflow(container).run({
        input: { authIdentityId: identity.id, userData: { email: login.email, ...splitName(login.name) } },
      })
    } else if (login.role === "shopper") {
      await createCustomerAccountWorkflow(container).run({
        input: { authIdentityId: identity.id, customerData: { email: login.email, phone: "0987 654 321", ...splitName(login.name) } },
      })
    } else {
      const cooperativeId = login.cooperative_handle ? cooperativeIds[login.cooperative_handle] : undefined
      if (!cooperativeId) throw new Error(`Demo login ${login.email} names an unknown cooperative`)
      const { result: seller } = await createSellerWorkflow(container).run({
        input: { auth_identity_id: identity.id, seller: { email: login.email, full_name: login.name, phone: null } },
      })
      await cooperatives.createCooperativeMembers({
        email: login.email,
        full_name: login.name,
        role: "owner",
        status: "active",
        cooperative_id: cooperativeId,
        seller_id: seller.id,
      })
    }
  }
}
