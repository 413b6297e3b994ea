import type { EnqueuedTask, Index, Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import type { SearchModuleOptions } from "../../options"
import type { SearchDocument, SearchProvider, SearchRequest, SearchResult } from "../../types"
import { assertSucceeded, engineError, meilisearchErrorCode, searchEngineError } from "./errors"
import { toSearchResult } from "./result-mapping"
import { searchParams, type PageSearchParams } from "./search-params"
import { INDEX_SETTINGS, PRIMARY_KEY } from "./settings"

export type MeilisearchOptions = NonNullable<SearchModuleOptions["meilisearch"]>

/** The index when none is configured (MEILISEARCH_INDEX has the same default). */
const DEFAULT_INDEX = "htx_catalog"
/** Documents sent, or ids deleted, per request. */
const BATCH = 1000
/** Longest wait for one HTTP answer, so an unreachable host fails a search instead of hanging it. */
const REQUEST_TIMEOUT_MS = 10_000
/** Longest wait for one task; new settings on a full index take the longest. */
const TASK_WAIT = { timeout: 120_000, interval: 100 }

type Client = Meilisearch
type Documents = Index<SearchDocument>

/**
 * Search served by a Meilisearch server: one index holds every kind, the index settings carry the synonyms, typo
 * sizes and ranking, and every write waits for its task so a search right after it sees the change.
 */
export class MeilisearchProvider implements SearchProvider {
  readonly name = "meilisearch"
  private readonly indexName: string
  private client_: Promise<Client> | null = null

  constructor(private readonly options: MeilisearchOptions) {
    this.indexName = options.indexName || DEFAULT_INDEX
  }

  async setup() {
    await this.call("prepare the search index", async (index, client) => {
      await this.createIndexIfMissing(client)
      assertSucceeded(await index.updateSettings(INDEX_SETTINGS).waitTask(), "apply the search index settings")
    })
  }

  async upsert(documents: SearchDocument[]) {
    if (!documents.length) return
    const action = "write documents to the search index"
    await this.call(action, async (index, client) => {
      const tasks: EnqueuedTask[] = []
      for (let i = 0; i < documents.length; i += BATCH) tasks.push(await index.addDocuments(documents.slice(i, i + BATCH), { primaryKey: PRIMARY_KEY }))
      await waitAll(client, tasks, action)
    })
  }

  async remove(ids: string[]) {
    if (!ids.length) return
    const action = "remove documents from the search index"
    await this.call(action, (index, client) => deleteIds(index, client, ids, action))
  }

  async retainOnly(keepIds: string[]) {
    const action = "remove stale documents from the search index"
    await this.call(action, async (index, client) => {
      const keep = new Set(keepIds)
      const stale: string[] = []
      // Every id is read before any is deleted: deleting while paging would shift the pages.
      for (let offset = 0; ; offset += BATCH) {
        const page = await index.getDocuments<Pick<SearchDocument, "id">>({ fields: ["id"], limit: BATCH, offset })
        for (const { id } of page.results) if (!keep.has(id)) stale.push(id)
        if (!page.results.length || offset + page.results.length >= page.total) break
      }
      await deleteIds(index, client, stale, action)
    })
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const { q, params, skip } = searchParams(request)
    return this.call("search", async (index) => toSearchResult(await index.search<SearchDocument, PageSearchParams>(q, params), request, skip))
  }

  // The client is an ES module, which this CommonJS build can load only through import().
  private client(): Promise<Client> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({ host: this.options.host, apiKey: this.options.apiKey, timeout: REQUEST_TIMEOUT_MS, defaultWaitOptions: TASK_WAIT }),
      (error: unknown) => {
        this.client_ = null
        throw engineError("The Meilisearch client (npm package meilisearch) could not be loaded.", error)
      }
    )
    return this.client_
  }

  /** Runs work against the index, turning every failure into a MedusaError with a message to act on. */
  private async call<T>(action: string, work: (index: Documents, client: Client) => Promise<T>): Promise<T> {
    try {
      const client = await this.client()
      return await work(client.index<SearchDocument>(this.indexName), client)
    } catch (error) {
      throw searchEngineError(error, action)
    }
  }

  private async createIndexIfMissing(client: Client) {
    try {
      await client.getRawIndex(this.indexName)
      return
    } catch (error) {
      if (meilisearchErrorCode(error) !== "index_not_found") throw error
    }
    const task = await client.createIndex(this.indexName, { primaryKey: PRIMARY_KEY }).waitTask()
    // Another server instance may have created it in the meantime.
    if (task.error?.code !== "index_already_exists") assertSucceeded(task, "create the search index")
  }
}

async function deleteIds(index: Documents, client: Client, ids: string[], action: string) {
  const tasks: EnqueuedTask[] = []
  for (let i = 0; i < ids.length; i += BATCH) tasks.push(await index.deleteDocuments(ids.slice(i, i + BATCH)))
  await waitAll(client, tasks, action)
}

/** Waits for every task, in order, and fails if any of them did. */
async function waitAll(client: Client, tasks: EnqueuedTask[], action: string) {
  for (const task of await client.tasks.waitForTasks(tasks)) assertSucceeded(task, action)
}
