// `npm start` with bad configuration stops at once with one sentence that names the problem.
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"

const start = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../start.mjs")

function runStart(env) {
  const clean = { ...process.env }
  for (const key of ["DATABASE_URL", "NODE_ENV", "JWT_SECRET", "COOKIE_SECRET", "PORT", "STOREFRONT_PORT", "PG_PORT"]) delete clean[key]
  const result = spawnSync(process.execPath, [start], { env: { ...clean, NO_COLOR: "1", ...env }, encoding: "utf8", timeout: 60_000 })
  const problem = result.stderr.split("\n").filter((l) => l.trim()).at(-1) ?? ""
  return { status: result.status, problem }
}

test("a malformed DATABASE_URL stops start-up and names DATABASE_URL", () => {
  const { status, problem } = runStart({ DATABASE_URL: "mysql://root@localhost/shop" })
  assert.equal(status, 1)
  assert.match(problem, /DATABASE_URL is not a PostgreSQL URL/)
})

test("production without a JWT secret stops start-up and names JWT_SECRET", () => {
  const { status, problem } = runStart({ NODE_ENV: "production", COOKIE_SECRET: "c".repeat(32) })
  assert.equal(status, 1)
  assert.match(problem, /JWT_SECRET is missing/)
})

test("a port that is not a number stops start-up and names the variable", () => {
  const { status, problem } = runStart({ PORT: "nine-thousand" })
  assert.equal(status, 1)
  assert.match(problem, /PORT must be a port number/)
})

test("a backend port in use stops start-up and names the port", async () => {
  const server = net.createServer()
  await new Promise((resolve) => server.listen(0, "0.0.0.0", resolve))
  const port = server.address().port
  try {
    const { status, problem } = await new Promise((resolve) => setImmediate(() => resolve(runStart({ PORT: String(port) }))))
    assert.equal(status, 1)
    assert.match(problem, new RegExp(`Port ${port} \\(the backend\\) is in use`))
  } finally {
    server.close()
  }
})
