import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type CooperativeModuleService from "../modules/cooperative/service"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import { seedAccounts } from "./seed/seed-accounts"
import { seedCatalog } from "./seed/seed-catalog"
import { seedCollections } from "./seed/seed-collections"
import { seedFairs } from "./seed/seed-fairs"
import { seedOcop } from "./seed/seed-ocop"
import { seedStore, syncInternationalPayments } from "./seed/seed-store"
import { seedTraceability } from "./seed/seed-traceability"
import { reindexSearch } from "../workflows/search/reindex-search"

/** The demo marketplace for Tuyên Quang, part by part: a part already in the database is left as it is. */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [, existing] = await cooperatives.listAndCountCooperatives({}, { take: 1 })
  if (existing > 0) {
    logger.info("[seed] catalogue and accounts already present")
  } else {
    const setup = await seedStore(container)
    logger.info("[seed] store, regions, taxes and storefront key")
    const cooperativeIds = await seedCatalog(container, setup)
    await seedAccounts(container, cooperativeIds)
    logger.info("[seed] demo logins: operator, two cooperatives, one shopper")
  }
  const abroad = await syncInternationalPayments(container)
  if (abroad) logger.info(abroad.length ? "[seed] buyers abroad pay by card (Stripe)" : "[seed] buyers abroad cannot pay yet: set STRIPE_API_KEY for card payments")
  const certificates = await seedOcop(container)
  logger.info(certificates ? `[seed] ${certificates} OCOP certificates` : "[seed] OCOP certificates already present")
  const lots = await seedTraceability(container)
  logger.info(lots ? `[seed] ${lots.lots} lots with ${lots.events} traceability events` : "[seed] lots already present")
  const fairs = await seedFairs(container)
  logger.info(fairs ? `[seed] ${fairs} trade fairs: one live, one coming, one past` : "[seed] trade fairs already present")
  const collections = await seedCollections(container)
  logger.info(collections ? `[seed] ${collections} product collections` : "[seed] product collections already present")
  const indexed = await reindexSearch(container)
  logger.info(`[seed] search index: ${indexed.total} products and cooperatives (${indexed.provider})`)
}
