import { z } from "@medusajs/framework/zod"

/** Runtime configuration of the backend, parsed once at start-up; a bad value stops start-up with one sentence. */
const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is missing: set it to a PostgreSQL URL such as postgres://user:pass@host:5432/htx_market." })
    .refine(isPostgresUrl, {
      message: "DATABASE_URL is not a PostgreSQL URL (expected postgres://user:pass@host:port/database).",
    }),
  DATABASE_SSL: z.enum(["true", "false"]).default("false"),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\/.+/.test(v), { message: "REDIS_URL must start with redis:// or rediss://." })
    .optional(),
  MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
  DISABLE_MEDUSA_ADMIN: z.enum(["true", "false"]).default("false"),
  MEDUSA_BACKEND_URL: z.url({ error: "MEDUSA_BACKEND_URL must be a URL such as https://api.example.vn." }).default("http://localhost:9000"),
  VND_PER_USD: z.coerce
    .number({ error: "VND_PER_USD must be a number of đồng per US dollar, such as 26000." })
    .int()
    .min(1000, { error: "VND_PER_USD must be a number of đồng per US dollar, such as 26000." })
    .default(26000),
  STOREFRONT_URL: z.url({ error: "STOREFRONT_URL must be a URL such as https://htx.example.vn." }).default("http://localhost:8000"),
  DIGITAL_LINK_BASE: z.url({ error: "DIGITAL_LINK_BASE must be a URL such as https://htx.example.vn (the address printed in lot QR codes)." }).optional(),
  FILE_UPLOAD_DIR: z.string().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_ENDPOINT: z.url({ error: "S3_ENDPOINT must be a URL such as https://s3.example.vn (leave it unset for AWS)." }).optional(),
  S3_FILE_URL: z.url({ error: "S3_FILE_URL must be the public URL of the bucket, such as https://cdn.example.vn." }).optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/.+/.test(v), { message: "SMTP_URL must start with smtp:// or smtps:// (e.g. smtp://user:pass@mail.example.vn:587)." })
    .optional(),
  SMTP_FROM: z.string().min(3).default("htx-market <no-reply@htx-market.vn>"),
  // Empty counts as unset, so a shell or CI can switch Meilisearch off with MEILISEARCH_HOST=.
  MEILISEARCH_HOST: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "MEILISEARCH_HOST must be the http(s) URL of a Meilisearch server, such as http://127.0.0.1:7700." }).optional()
  ),
  // A bulk import can switch off event-by-event search sync and finish with one full reindex.
  SEARCH_SYNC: z.enum(["on", "off"], { error: "SEARCH_SYNC must be on or off." }).default("on"),
  MEILISEARCH_API_KEY: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  MEILISEARCH_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, { message: "MEILISEARCH_INDEX may hold letters, digits, - and _ only (e.g. htx_catalog)." })
    .default("htx_catalog"),
  // Card payments for buyers abroad go through Stripe only when a key is set; the webhook secret then has to be set too.
  STRIPE_API_KEY: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().regex(/^(sk|rk)_(test|live)_\w+$/, { message: "STRIPE_API_KEY must be a Stripe secret key (sk_live_… or sk_test_…)." }).optional()
  ),
  STRIPE_WEBHOOK_SECRET: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().regex(/^whsec_\w+$/, { message: "STRIPE_WEBHOOK_SECRET must be a Stripe webhook signing secret (whsec_…)." }).optional()
  ),
  STORE_CORS: z.string().optional(),
  ADMIN_CORS: z.string().optional(),
  AUTH_CORS: z.string().optional(),
  JWT_SECRET: z.string().min(16, "JWT_SECRET must be at least 16 characters long.").optional(),
  COOKIE_SECRET: z.string().min(16, "COOKIE_SECRET must be at least 16 characters long.").optional(),
})

export type BackendEnv = z.infer<typeof Env> & { JWT_SECRET: string; COOKIE_SECRET: string }

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "" && url.pathname.length > 1
  } catch {
    return false
  }
}

// Files go to an S3-compatible bucket only when all of these are set; none set means the local folder.
const S3_REQUIRED = ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const

// Development keeps working without secrets; production must never run on a guessable one.
const DEV_SECRET = "htx-market-development-only-secret"

/** True while `medusa build` compiles the project: it reads the config but never opens the database. */
export function isBuildCommand(argv: string[] = process.argv): boolean {
  return argv.slice(2).some((arg) => arg === "build" || arg === "plugin:build")
}

// A build only needs the config's shape, so it gets a placeholder instead of a real database address.
const BUILD_DATABASE_URL = "postgres://build@localhost:5432/build"

/** Parses process.env into the backend's configuration or throws an Error whose message names the problem. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env, { building = false } = {}): BackendEnv {
  const input = building && !source.DATABASE_URL ? { ...source, DATABASE_URL: BUILD_DATABASE_URL } : source
  const result = Env.safeParse(input)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = issue?.path.join(".") ?? "environment"
    const message = issue?.message ?? "is invalid"
    throw new Error(message.includes(name) ? message : `${name}: ${message}`)
  }
  const env = result.data
  const s3 = S3_REQUIRED.filter((key) => env[key])
  if (s3.length && s3.length < S3_REQUIRED.length) {
    const missing = S3_REQUIRED.filter((key) => !env[key])
    throw new Error(`${missing.join(", ")} missing: S3 file storage needs ${S3_REQUIRED.join(", ")} (S3_ENDPOINT for a non-AWS service).`)
  }
  if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    throw new Error("STRIPE_WEBHOOK_SECRET is missing: with STRIPE_API_KEY set, Stripe's webhooks must be signed with it (whsec_… from the Stripe dashboard).")
  }
  if (env.NODE_ENV === "production" && !building) {
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      if (!env[key]) throw new Error(`${key} is missing: production needs a long random secret in ${key}.`)
    }
  }
  return { ...env, JWT_SECRET: env.JWT_SECRET ?? DEV_SECRET, COOKIE_SECRET: env.COOKIE_SECRET ?? DEV_SECRET }
}

/** The public storefront address used in links sent by e-mail (validated like at start-up). */
export function storefrontUrl(source: NodeJS.ProcessEnv = process.env): string {
  return Env.shape.STOREFRONT_URL.parse(source.STOREFRONT_URL || undefined).replace(/\/+$/, "")
}

/** Where lot Digital Link URIs (printed in QR codes) point: DIGITAL_LINK_BASE, or the storefront when it is not set. */
export function digitalLinkBase(source: NodeJS.ProcessEnv = process.env): string {
  const base = Env.shape.DIGITAL_LINK_BASE.parse(source.DIGITAL_LINK_BASE || undefined)
  return base ? base.replace(/\/+$/, "") : storefrontUrl(source)
}

/** Đồng per US dollar, for the USD price of products that cooperatives price in VND. */
export function vndPerUsd(source: NodeJS.ProcessEnv = process.env): number {
  return Env.shape.VND_PER_USD.parse(source.VND_PER_USD || undefined)
}
