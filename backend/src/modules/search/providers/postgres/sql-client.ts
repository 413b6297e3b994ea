/**
 * Runs one statement with $1… parameters on the application's PostgreSQL pool. `planner` settings (`SET LOCAL`) hold
 * for that statement alone: it then runs in a transaction of its own on one connection.
 */
export type SqlClient = <T = Record<string, unknown>>(sql: string, params?: unknown[], options?: { planner?: PlannerSetting[] }) => Promise<T[]>

/** Planner settings a statement may ask for; a fixed list, so no text from a request ever reaches a SET. */
export type PlannerSetting = "enable_seqscan = off"

type KnexLike = {
  client: { acquireConnection: () => Promise<PgConnection>; releaseConnection: (c: PgConnection) => Promise<void> }
}
type PgConnection = { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }

/**
 * A client over Medusa's shared connection (knex): the search path needs native `$n` parameters, which bind
 * arrays and JSON as values, where knex's `?` bindings would expand an array into a list.
 */
export function sqlClientFromKnex(knex: KnexLike): SqlClient {
  return async <T>(sql: string, params: unknown[] = [], options: { planner?: PlannerSetting[] } = {}) => {
    const connection = await knex.client.acquireConnection()
    try {
      if (!options.planner?.length) return (await connection.query(sql, params)).rows as T[]
      await connection.query(`BEGIN; ${options.planner.map((s) => `SET LOCAL ${s}`).join("; ")}`)
      try {
        const { rows } = await connection.query(sql, params)
        await connection.query("COMMIT")
        return rows as T[]
      } catch (error) {
        await connection.query("ROLLBACK").catch(() => {})
        throw error
      }
    } finally {
      await knex.client.releaseConnection(connection)
    }
  }
}
