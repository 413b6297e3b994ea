import { Modules } from "@medusajs/framework/utils"
import { redisModules } from "../redis-modules"

describe("redisModules", () => {
  it("keeps Medusa's in-process defaults when no REDIS_URL is given", () => {
    expect(redisModules(undefined)).toEqual([])
  })

  it("moves the event bus, workflow engine, locking and cache onto Redis", () => {
    const modules = redisModules("redis://cache.internal:6379")
    expect(modules.map((m) => m.key).sort()).toEqual([Modules.CACHING, Modules.EVENT_BUS, Modules.LOCKING, Modules.WORKFLOW_ENGINE].sort())
    expect(JSON.stringify(modules)).not.toContain("inmemory")
    for (const m of modules) expect(JSON.stringify(m.options)).toContain("redis://cache.internal:6379")
  })

  it("names module paths that Medusa can load", () => {
    for (const m of redisModules("redis://localhost:6379")) {
      expect(() => require.resolve(m.resolve)).not.toThrow()
      const providers = (m.options as { providers?: { resolve: string }[] }).providers ?? []
      for (const p of providers) expect(() => require.resolve(p.resolve)).not.toThrow()
    }
  })
})
