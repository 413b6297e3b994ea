import { createHash } from "node:crypto"
import { canonicalJson } from "./canonical-json"

/** One recorded event as the chain sees it: its place in the lot, what was recorded, and the stored hashes. */
export type ChainLink = { sequence: number; content: Record<string, unknown>; prev_hash: string | null; hash: string }

/** What the lot says about its chain: how many events it has and the hash of the last one. */
export type ChainHead = { event_count: number; head_hash: string | null }

/** The outcome of checking a lot's events; `broken_at` is the sequence number where the chain first fails. */
export type ChainVerification = { verified: boolean; event_count: number; broken_at?: number }

/** SHA-256 (hex) of the canonical JSON of an event's recorded content together with the previous event's hash. */
export function chainHash(content: Record<string, unknown>, prevHash: string | null): string {
  return createHash("sha256").update(canonicalJson({ ...content, prev_hash: prevHash }), "utf8").digest("hex")
}

/**
 * Recomputes a lot's chain from its events (in stored sequence order): every hash must recompute, every
 * prev_hash must equal the previous event's hash, and the count and last hash must equal the lot's.
 */
export function verifyChain(events: ChainLink[], head: ChainHead): ChainVerification {
  let previous: string | null = null
  for (const [index, event] of events.entries()) {
    const broken = event.sequence !== index + 1 || event.prev_hash !== previous || chainHash(event.content, event.prev_hash) !== event.hash
    if (broken) return { verified: false, event_count: events.length, broken_at: index + 1 }
    previous = event.hash
  }
  if (events.length !== head.event_count || previous !== head.head_hash) {
    return { verified: false, event_count: events.length, broken_at: Math.min(events.length, head.event_count) + 1 }
  }
  return { verified: true, event_count: events.length }
}
