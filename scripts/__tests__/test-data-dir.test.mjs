import assert from "node:assert/strict"
import { test } from "node:test"
import { MIN_MEMORY_FS_BYTES, testPostgresDir } from "../lib/test-data-dir.mjs"

const dataDir = "/repo/.data"

test("the test database lives on /dev/shm when it has room, one folder per checkout", () => {
  const a = testPostgresDir({ dataDir, env: {}, shm: "/", freeBytes: () => MIN_MEMORY_FS_BYTES })
  const b = testPostgresDir({ dataDir: "/other/.data", env: {}, shm: "/", freeBytes: () => MIN_MEMORY_FS_BYTES })
  assert.equal(a.inMemory, true)
  assert.match(a.dir, /^\/htx-market-test-[0-9a-f]{10}\/postgres$/)
  assert.notEqual(a.dir, b.dir)
})

test("without room on the memory file system it stays in .data", () => {
  const found = testPostgresDir({ dataDir, env: {}, shm: "/", freeBytes: () => MIN_MEMORY_FS_BYTES - 1 })
  assert.deepEqual(found, { dir: "/repo/.data/postgres-test", inMemory: false })
})

test("without /dev/shm it stays in .data", () => {
  const found = testPostgresDir({ dataDir, env: {}, shm: "/no/such/folder", freeBytes: () => Number.MAX_SAFE_INTEGER })
  assert.equal(found.dir, "/repo/.data/postgres-test")
})

test("TEST_PG_DIR wins", () => {
  assert.deepEqual(testPostgresDir({ dataDir, env: { TEST_PG_DIR: "/tmp/pg" }, freeBytes: () => 0 }), { dir: "/tmp/pg", inMemory: false })
})
