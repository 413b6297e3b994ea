import { z } from "zod"

// Lenient building blocks for the seller API's responses: absent or null optional fields are the same thing.

/** A string that may be absent or null. */
export const optionalString = z.string().nullish()

/** A number that may be absent or null; numeric strings (some drivers send bigints that way) are read too. */
export const optionalNumber = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)])
  .nullish()

/** A list that may be absent. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).nullish().transform((items) => items ?? [])
}

/** A value of an enum, or `fallback` when the backend sends something newer than this portal knows. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z.enum(values).catch(fallback)
}

/** Parses a response against its schema; a mismatch is a broken contract, reported with the route's name. */
export function parseResponse<T extends z.ZodType>(schema: T, data: unknown, route: string): z.infer<T> {
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join(".") || "(root)"
    throw new Error(`The seller API answered ${route} with an unexpected shape at ${where}: ${issue?.message ?? "invalid"}.`)
  }
  return parsed.data
}

/** A non-empty trimmed string, or null. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}
