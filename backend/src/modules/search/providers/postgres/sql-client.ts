/** Runs one statement with $1… parameters on the application's PostgreSQL pool. */
export type SqlClient = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>

type KnexLike = {
  client: { acquireConnection: () => Promise<PgConnection>; releaseConnection: (c: PgConnection) => Promise<void> }
}
type PgConnection = { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }

/**
 * A client over Medusa's shared connection (knex): the search path needs native `$n` parameters, which bind
 * arrays and JSON as values, where knex's `?` bindings would expand an array into a list.
 */
export function sqlClientFromKnex(knex: KnexLike): SqlClient {
  return async <T>(sql: string, params: unknown[] = []) => {
    const connection = await knex.client.acquireConnection()
    try {
      return (await connection.query(sql, params)).rows as T[]
    } finally {
      await knex.client.releaseConnection(connection)
    }
  }
}
