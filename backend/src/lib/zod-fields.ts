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

// A lone UTF-16 surrogate: a broken character that neither JSON nor PostgreSQL can carry.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether text can be stored and hashed as sent: no NUL character and no broken (lone surrogate) character. */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value)
}

/** The refusal for text that `isStorableText` rejects. */
export const notStorable = (label: string) => ({ error: `${label} contains a character that cannot be saved (a NUL or a broken character): retype it.` })
