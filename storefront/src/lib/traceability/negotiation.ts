// Content negotiation of a lot's URL: people get the page, linked-data clients the EPCIS document.

const LINKED_DATA = new Set(["application/ld+json", "application/json"])
const PAGES = new Set(["text/html", "application/xhtml+xml"])

function entries(accept: string): { type: string; q: number }[] {
  return accept.split(",").map((part) => {
    const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase())
    const q = params.find((p) => p.startsWith("q="))
    const weight = q ? Number(q.slice(2)) : 1
    return { type, q: Number.isFinite(weight) ? weight : 0 }
  })
}

/**
 * Whether an `Accept` header asks for JSON-LD (or JSON) at least as much as for HTML. Wildcards do not count:
 * a browser's `*\/*` or curl's default get the page.
 */
export function prefersLinkedData(accept: string | null): boolean {
  if (!accept) return false
  const all = entries(accept)
  const best = (types: Set<string>) => Math.max(0, ...all.filter((e) => types.has(e.type)).map((e) => e.q))
  const data = best(LINKED_DATA)
  return data > 0 && data >= best(PAGES)
}
