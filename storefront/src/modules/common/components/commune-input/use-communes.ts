"use client"

import { useEffect, useState } from "react"
import type { CommuneList } from "@/lib/data/commune-views"

async function fetchCommunes(province: string, signal: AbortSignal): Promise<CommuneList> {
  const response = await fetch(`/api/communes?${new URLSearchParams({ province }).toString()}`, {
    signal,
    headers: { accept: "application/json" },
  })
  if (!response.ok) throw new Error(`The commune list answered ${response.status}.`)
  return (await response.json()) as CommuneList
}

/**
 * The communes of the chosen province: the list the server rendered with the form when it is that province's,
 * else fetched once per province (and kept while the form is open). Empty until a province is chosen.
 */
export function useCommunes(province: string, initial: CommuneList | undefined): string[] {
  const [lists, setLists] = useState<Record<string, string[]>>(() => (initial ? { [initial.province]: initial.communes } : {}))
  const known = province === "" || lists[province] !== undefined

  useEffect(() => {
    if (known) return
    const controller = new AbortController()
    void fetchCommunes(province, controller.signal).then(
      (list) => setLists((current) => ({ ...current, [province]: list.communes })),
      () => {
        // Cancelled by another choice, or failed: the input still takes typed text, and the server checks it.
      }
    )
    return () => controller.abort()
  }, [province, known])

  return lists[province] ?? []
}
