import { isBuildCommand, parseEnv } from "../env"
import { paymentModule } from "../payment-module"
import { searchModuleOptions } from "../search-module"

const base = { DATABASE_URL: "postgres://u:p@localhost:5432/htx_market" }

describe("parseEnv", () => {
  it("accepts a PostgreSQL URL and fills development defaults", () => {
    const env = parseEnv({ ...base })
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.STOREFRONT_URL).toBe("http://localhost:8000")
    expect(env.JWT_SECRET.length).toBeGreaterThanOrEqual(16)
  })

  it.each([
    ["mysql://u:p@localhost/db", /PostgreSQL URL/],
    ["not a url", /PostgreSQL URL/],
    ["postgres://localhost", /PostgreSQL URL/],
  ])("stops on a malformed DATABASE_URL (%s) with a sentence naming it", (url, message) => {
    expect(() => parseEnv({ DATABASE_URL: url })).toThrow(message)
    expect(() => parseEnv({ DATABASE_URL: url })).toThrow(/DATABASE_URL/)
  })

  it("stops when DATABASE_URL is missing", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is missing/)
  })

  it("refuses production without secrets, naming the missing one", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/JWT_SECRET is missing/)
    expect(() => parseEnv({ ...base, NODE_ENV: "production", JWT_SECRET: "x".repeat(32) })).toThrow(/COOKIE_SECRET is missing/)
  })

  it("accepts production with long secrets", () => {
    const env = parseEnv({ ...base, NODE_ENV: "production", JWT_SECRET: "a".repeat(32), COOKIE_SECRET: "b".repeat(32) })
    expect(env.JWT_SECRET).toBe("a".repeat(32))
  })

  it("rejects a worker mode Medusa does not know", () => {
    expect(() => parseEnv({ ...base, MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })

  it("rejects a REDIS_URL that is not redis://", () => {
    expect(() => parseEnv({ ...base, REDIS_URL: "http://cache" })).toThrow(/REDIS_URL/)
  })

  it("lets a build read the config without a database or secrets", () => {
    const env = parseEnv({ NODE_ENV: "production" }, { building: true })
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\//)
  })

  it("serves search from PostgreSQL unless MEILISEARCH_HOST names a server", () => {
    expect(searchModuleOptions(parseEnv({ ...base }))).toEqual({})
    expect(searchModuleOptions(parseEnv({ ...base, MEILISEARCH_HOST: "" }))).toEqual({})
    expect(searchModuleOptions(parseEnv({ ...base, MEILISEARCH_HOST: "http://127.0.0.1:7700", MEILISEARCH_API_KEY: "k" }))).toEqual({
      meilisearch: { host: "http://127.0.0.1:7700", apiKey: "k", indexName: "htx_catalog" },
    })
    expect(() => parseEnv({ ...base, MEILISEARCH_HOST: "meili:7700" })).toThrow(/MEILISEARCH_HOST/)
    expect(() => parseEnv({ ...base, MEILISEARCH_HOST: "http://m", MEILISEARCH_INDEX: "a b" })).toThrow(/MEILISEARCH_INDEX/)
  })

  it("switches Stripe on only with a secret key and its webhook secret", () => {
    const providers = (env: Record<string, string>) => {
      const parsed = parseEnv({ ...base, ...env })
      return paymentModule({ apiKey: parsed.STRIPE_API_KEY, webhookSecret: parsed.STRIPE_WEBHOOK_SECRET }).options.providers.map((p) => p.id)
    }
    expect(providers({})).toEqual(["vietqr"])
    expect(providers({ STRIPE_API_KEY: "", STRIPE_WEBHOOK_SECRET: "" })).toEqual(["vietqr"])
    expect(providers({ STRIPE_API_KEY: "sk_test_abc123", STRIPE_WEBHOOK_SECRET: "whsec_abc123" })).toEqual(["vietqr", "stripe"])
    expect(() => parseEnv({ ...base, STRIPE_API_KEY: "sk_test_abc123" })).toThrow(/STRIPE_WEBHOOK_SECRET is missing/)
    expect(() => parseEnv({ ...base, STRIPE_API_KEY: "pk_test_abc123", STRIPE_WEBHOOK_SECRET: "whsec_abc123" })).toThrow(/secret key/)
    expect(() => parseEnv({ ...base, STRIPE_API_KEY: "sk_test_abc123", STRIPE_WEBHOOK_SECRET: "abc" })).toThrow(/whsec_/)
  })

  it("recognises the build commands", () => {
    expect(isBuildCommand(["node", "medusa", "build"])).toBe(true)
    expect(isBuildCommand(["node", "medusa", "start"])).toBe(false)
  })
})
