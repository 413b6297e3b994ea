import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type CooperativeModuleService from "../modules/cooperative/service"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import { seedAccounts } from "./seed/seed-accounts"
import { seedCatalog } from "./seed/seed-catalog"
import { seedStore } from "./seed/seed-store"

/** The demo marketplace for Tuyên Quang: run once; a second run leaves the data as it is. */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [, existing] = await cooperatives.listAndCountCooperatives({}, { take: 1 })
  if (existing > 0) {
    logger.info("[seed] demo data already present; nothing to do")
    return
  }
  const setup = await seedStore(container)
  logger.info("[seed] store, regions, taxes and storefront key")
  const cooperativeIds = await seedCatalog(container, setup)
  await seedAccounts(container, cooperativeIds)
  logger.info("[seed] demo logins: operator, two cooperatives, one shopper")
}
