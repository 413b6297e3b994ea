import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexSearch } from "../workflows/search/reindex-search"

/** Rebuilds the whole search index from the catalogue: `npx medusa exec ./src/scripts/reindex-search.ts`. */
export default async function reindexSearchCommand({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const done = await reindexSearch(container)
  logger.info(`[search] reindexed ${done.total} products and cooperatives with ${done.provider} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
