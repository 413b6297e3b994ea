import { z } from "@medusajs/framework/zod"

/**
 * A whole number within bounds, with messages a person can act on. Custom checks keep their message through
 * Medusa's request validator, which rewrites zod's built-in integer and range messages.
 */
export function wholeNumber(label: string, { min, max, tooSmall }: { min: number; max: number; tooSmall?: string }) {
  return z
    .number({ error: `${label} must be a number.` })
    .refine(Number.isInteger, { error: `${label} must be a whole number.`, abort: true })
    .refine((n) => n >= min, { error: tooSmall ?? `${label} must be at least ${min}.`, abort: true })
    .refine((n) => n <= max, { error: `${label} must be at most ${max}.` })
}
