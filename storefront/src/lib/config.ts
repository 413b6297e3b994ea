import { z } from "zod"

const configSchema = z.object({
  MEDUSA_BACKEND_URL: z
    .url({ error: "MEDUSA_BACKEND_URL must be a full URL such as http://localhost:9000." })
    .default("http://localhost:9000"),
  MEDUSA_PUBLISHABLE_KEY: z
    .string({
      error:
        "MEDUSA_PUBLISHABLE_KEY is not set: give the storefront a publishable API key from the Medusa admin (Settings → Publishable API Keys).",
    })
    .trim()
    .min(1, { error: "MEDUSA_PUBLISHABLE_KEY is empty: set it to a publishable API key from the Medusa admin." }),
  /** Stripe's publishable key for the card form; without it the checkout offers no card payment. */
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .trim()
    .regex(/^pk_(test|live)_[A-Za-z0-9]+$/, { error: "STRIPE_PUBLISHABLE_KEY must be a Stripe publishable key (pk_test_… or pk_live_…)." })
    .optional(),
})

export type StorefrontConfig = z.infer<typeof configSchema>

let cached: StorefrontConfig | undefined

/** Parses the runtime config on first use, so `next build` needs no env vars and a bad one fails with a named sentence. */
export function getConfig(): StorefrontConfig {
  if (cached) return cached
  const parsed = configSchema.safeParse({
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || undefined,
    MEDUSA_PUBLISHABLE_KEY: process.env.MEDUSA_PUBLISHABLE_KEY,
    STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY || undefined,
  })
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join(" "))
  }
  cached = parsed.data
  return cached
}
