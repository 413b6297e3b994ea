"use client"

import { useEffect, useState } from "react"
import { MIN_SUGGEST_LENGTH, type SearchSuggestionsView } from "@/lib/data/search-views"

/** Pause after the last keystroke before suggestions are asked for, in milliseconds. */
export const SUGGEST_DELAY_MS = 150

/** Suggestions and the text they answer. */
export type SuggestionsState = { q: string; suggestions: SearchSuggestionsView }

async function fetchSuggestions(q: string, locale: string, signal: AbortSignal): Promise<SearchSuggestionsView> {
  const response = await fetch(`/api/search/suggest?${new URLSearchParams({ q, locale }).toString()}`, {
    signal,
    headers: { accept: "application/json" },
  })
  if (!response.ok) throw new Error(`Search suggestions answered ${response.status}.`)
  return (await response.json()) as SearchSuggestionsView
}

/**
 * Suggestions for what the shopper is typing: asked for once typing pauses, and only from two characters on.
 * A newer keystroke cancels the request before it, so an old answer never replaces a newer one.
 */
export function useSuggestions(text: string, locale: string): SuggestionsState | null {
  const [state, setState] = useState<SuggestionsState | null>(null)

  useEffect(() => {
    const q = text.normalize("NFC").trim()
    if ([...q].length < MIN_SUGGEST_LENGTH) {
      setState(null)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      void fetchSuggestions(q, locale, controller.signal).then(
        (suggestions) => setState({ q, suggestions }),
        () => {
          // Cancelled by a newer keystroke, or failed: the box simply offers nothing for this text.
          if (!controller.signal.aborted) setState(null)
        }
      )
    }, SUGGEST_DELAY_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [text, locale])

  return state
}
