import { MedusaService } from "@medusajs/framework/utils"
import { ProductSales } from "./models/product-sales"
import { SearchDocument } from "./models/search-document"
import { SearchReindexRun } from "./models/search-reindex-run"
import { SearchTerm } from "./models/search-term"
import type { SearchModuleOptions } from "./options"
import { MeilisearchProvider } from "./providers/meilisearch/meilisearch-provider"
import { PostgresSearchProvider } from "./providers/postgres/postgres-provider"
import { sqlClientFromKnex } from "./providers/postgres/sql-client"
import type { SearchDocument as Document, SearchProvider, SearchRequest, SearchResult } from "./types"

type Dependencies = { __pg_connection__: Parameters<typeof sqlClientFromKnex>[0]; logger?: { warn: (message: string) => void } }

/** The catalogue search: one contract, answered by Meilisearch when configured and by PostgreSQL otherwise. */
export default class SearchModuleService extends MedusaService({ SearchDocument, SearchTerm, SearchReindexRun, ProductSales }) {
  private readonly options_: SearchModuleOptions
  private readonly pg_: Dependencies["__pg_connection__"]
  private provider_: Promise<SearchProvider> | null = null

  constructor(dependencies: Dependencies, options: SearchModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Dependencies, SearchModuleOptions]))
    this.options_ = options
    this.pg_ = dependencies.__pg_connection__
    // Meilisearch gets its index settings at start-up; if it cannot be reached yet, the first search retries.
    if (options.meilisearch) {
      this.provider().catch((error: unknown) => dependencies.logger?.warn(`Search index settings not applied yet: ${error instanceof Error ? error.message : String(error)}`))
    }
  }

  /** Which engine answers: "postgres" or "meilisearch". */
  providerName(): string {
    return this.options_.meilisearch ? "meilisearch" : "postgres"
  }

  // Setup (Meilisearch's index settings) runs once per process, before the first use; a failed one is retried.
  private provider(): Promise<SearchProvider> {
    this.provider_ ??= this.createProvider().catch((error: unknown) => {
      this.provider_ = null
      throw error
    })
    return this.provider_
  }

  private async createProvider(): Promise<SearchProvider> {
    const meilisearch = this.options_.meilisearch
    const provider = meilisearch ? new MeilisearchProvider(meilisearch) : new PostgresSearchProvider(sqlClientFromKnex(this.pg_))
    await provider.setup()
    return provider
  }

  /** Units sold of each product (placed, not cancelled), by product id; products never sold are left out. */
  async unitsSold(productIds: string[]): Promise<Map<string, number>> {
    const units = new Map<string, number>()
    if (!productIds.length) return units
    const rows = await this.listProductSales({ product_id: productIds }, { select: ["product_id", "units"] })
    for (const row of rows) units.set(row.product_id, (units.get(row.product_id) ?? 0) + Number(row.units))
    return units
  }

  async searchDocuments(request: SearchRequest): Promise<SearchResult> {
    return (await this.provider()).search(request)
  }

  async upsertDocuments(documents: Document[]): Promise<void> {
    if (documents.length) await (await this.provider()).upsert(documents)
  }

  async removeDocuments(ids: string[]): Promise<void> {
    if (ids.length) await (await this.provider()).remove(ids)
  }

  /** After a full reindex: drops every document that was not written by it. */
  async retainOnlyDocuments(ids: string[]): Promise<void> {
    await (await this.provider()).retainOnly(ids)
  }
}
