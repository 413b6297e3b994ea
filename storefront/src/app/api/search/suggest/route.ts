import { unstable_rethrow } from "next/navigation"
import { z } from "zod"
import { routing } from "@/i18n/routing"
import { errorStatus } from "@/lib/data/errors"
import { suggestSearch } from "@/lib/data/search"
import { MAX_SEARCH_LENGTH, MIN_SUGGEST_LENGTH, SEARCH_KINDS, type SearchKind, type SearchSuggestionsView } from "@/lib/data/search-views"

// The header's instant suggestions: `?q=…&locale=vi|en` → products, cooperatives and categories, fetched together.
export const dynamic = "force-dynamic"

/** How many suggestions of each kind the box shows. */
const LIMITS: Record<SearchKind, number> = { product: 5, cooperative: 3, category: 3 }

// A shopper typing back over a text sees its suggestions again at once.
const HEADERS = { "cache-control": "private, max-age=30" }

const querySchema = z.object({
  q: z
    .string()
    .transform((value) => value.normalize("NFC").trim())
    .pipe(z.string().max(MAX_SEARCH_LENGTH, { error: `Give a search text of at most ${MAX_SEARCH_LENGTH} characters.` })),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
})

export async function GET(request: Request) {
  const url = new URL(request.url)
  const parsed = querySchema.safeParse({ q: url.searchParams.get("q") ?? "", locale: url.searchParams.get("locale") ?? undefined })
  if (!parsed.success) {
    return Response.json({ type: "invalid_data", message: parsed.error.issues[0]?.message ?? "Give a search text." }, { status: 400 })
  }
  const { q, locale } = parsed.data
  const suggestions: SearchSuggestionsView = { product: [], cooperative: [], category: [] }
  if ([...q].length < MIN_SUGGEST_LENGTH) return Response.json(suggestions, { headers: HEADERS })

  const settled = await Promise.allSettled(
    SEARCH_KINDS.map((kind) => suggestSearch({ kind, q, limit: LIMITS[kind] }, locale, request.signal))
  )
  settled.forEach((result, index) => {
    const kind = SEARCH_KINDS[index]
    if (!kind) return
    if (result.status === "fulfilled") {
      suggestions[kind] = result.value
      return
    }
    unstable_rethrow(result.reason)
    // Suggestions are a shortcut, not the results: a kind that fails is left out and the others still show.
    if (!request.signal.aborted) console.error(`Search suggestions (${kind}) could not be read (status ${errorStatus(result.reason) ?? "none"}).`)
  })
  return Response.json(suggestions, { headers: HEADERS })
}
