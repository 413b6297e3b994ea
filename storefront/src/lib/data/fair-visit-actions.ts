"use server"

import { z } from "zod"
import { recordFairVisit } from "./fairs"

const visitSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/), booth: z.string().regex(/^[A-Za-z0-9-]{1,12}$/).nullable() }).strict()

/**
 * Counts a visit to a fair's page or a booth's for the fair's report. Sent from the browser once the page shows, so
 * prefetches and crawlers that run no script are not counted. A count that cannot be made is dropped, never shown.
 */
export async function recordFairVisitAction(input: { slug: string; booth: string | null }): Promise<{ error: string | null }> {
  const parsed = visitSchema.safeParse(input)
  if (!parsed.success) return { error: "invalid_input" }
  try {
    await recordFairVisit(parsed.data.slug, parsed.data.booth)
    return { error: null }
  } catch {
    return { error: "not_counted" }
  }
}
