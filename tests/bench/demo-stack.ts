import path from "node:path"
import { bin, backendDir, dataDir } from "../../scripts/lib/paths.mjs"
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"
import { run, stopServices } from "../../scripts/lib/proc.mjs"
import { backendEnv, build, linkUploads, migrate, publishableKey, serve } from "../../scripts/lib/stack.mjs"
import { log } from "./bench-run"

export type StackPorts = { pg: number; backend: number; storefront: number }

/** A served production build on the demo seed, in its own PostgreSQL folder under `.data` (seeded once, kept). */
export type DemoStack = { api: string; site: string; key: string; databaseUrl: string; stop: () => Promise<void> }

/** Starts PostgreSQL, migrates, seeds the demo data once, builds and serves backend and storefront on these ports. */
export async function startDemoStack(name: string, ports: StackPorts): Promise<DemoStack> {
  const db = await startEmbeddedPostgres({ dir: path.join(dataDir, `postgres-bench-${name}`), port: ports.pg })
  const databaseUrl = db.url(`htx_bench_${name.replace(/\W/g, "_")}`)
  await ensureDatabase(databaseUrl)
  const env = backendEnv({
    databaseUrl,
    backendPort: ports.backend,
    storefrontPort: ports.storefront,
    uploadDir: path.join(dataDir, `bench-${name}-uploads`),
    secrets: { JWT_SECRET: "bench-jwt-secret-0123456789", COOKIE_SECRET: "bench-cookie-secret-0123456789" },
  })
  log("migrations")
  await migrate(env)
  log(`demo seed (once; kept in .data/postgres-bench-${name})`)
  await run(bin("medusa"), ["exec", "./src/scripts/seed-demo.ts"], { cwd: backendDir, env, onLine: (l: string) => l.includes("[seed]") && log(l.replace(/^.*\[seed\]\s*/, "")) })
  log("production build")
  await build()
  linkUploads(env.FILE_UPLOAD_DIR)
  const key = (await publishableKey(databaseUrl))!
  await serve({ env, backendPort: ports.backend, storefrontPort: ports.storefront, key, quiet: true })
  return {
    api: `http://localhost:${ports.backend}`,
    site: `http://localhost:${ports.storefront}`,
    key,
    databaseUrl,
    stop: async () => {
      await stopServices()
      await db.stop()
    },
  }
}
