import { createHash } from "node:crypto"
import { canonicalJson } from "../canonical-json"
import { type RecordedTraceEvent, toChainLink } from "../event-content"
import { type ChainLink, chainHash, verifyChain } from "../hash-chain"

type Stored = RecordedTraceEvent & { prev_hash: string | null; hash: string }

/** Appends events the way the module does: each links to the previous hash. */
function buildChain(count: number): { events: Stored[]; head: { event_count: number; head_hash: string | null } } {
  const events: Stored[] = []
  let prev: string | null = null
  for (let sequence = 1; sequence <= count; sequence++) {
    const recorded: RecordedTraceEvent = {
      lot_id: "lot_01",
      sequence,
      event_id: `urn:uuid:00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
      kind: "packing",
      type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "packing",
      disposition: "in_progress",
      event_time: new Date(Date.UTC(2025, 5, 14, sequence)),
      place_name: "Xưởng đóng gói HTX",
      latitude_e6: 22071234,
      longitude_e6: 105041234,
      note: `Bước ${sequence}`,
      photos: [`http://localhost:9000/static/${sequence}.webp`],
      corrects_event_id: null,
      correction_reason: null,
      recorded_by: "sel_01",
      recorded_at: new Date(Date.UTC(2025, 5, 14, sequence, 1)),
    }
    const hash = chainHash(toChainLink({ ...recorded, prev_hash: prev, hash: "" }).content, prev)
    events.push({ ...recorded, prev_hash: prev, hash })
    prev = hash
  }
  return { events, head: { event_count: count, head_hash: prev } }
}

const links = (events: Stored[]): ChainLink[] => events.map(toChainLink)

describe("event hash chain", () => {
  it("hashes the canonical JSON of the recorded content with the previous hash (SHA-256, hex)", () => {
    const content = { note: "Đóng gói", sequence: 1 }
    const expected = createHash("sha256").update(canonicalJson({ prev_hash: "ab", sequence: 1, note: "Đóng gói" })).digest("hex")
    expect(chainHash(content, "ab")).toBe(expected)
    expect(chainHash(content, "ab")).toMatch(/^[0-9a-f]{64}$/)
    expect(chainHash(content, null)).not.toBe(expected)
  })

  it("verifies an intact chain, and an empty lot", () => {
    const { events, head } = buildChain(5)
    expect(verifyChain(links(events), head)).toEqual({ verified: true, event_count: 5 })
    expect(verifyChain([], { event_count: 0, head_hash: null })).toEqual({ verified: true, event_count: 0 })
  })

  it("gives the same hashes for the same events read back with dates as strings", () => {
    const { events, head } = buildChain(3)
    const readBack = events.map((e) => ({ ...e, event_time: new Date(e.event_time).toISOString(), recorded_at: new Date(e.recorded_at).toISOString() }))
    expect(verifyChain(links(readBack), head).verified).toBe(true)
  })

  it.each([
    ["note", { note: "Đã sửa" }],
    ["event_time", { event_time: new Date(Date.UTC(2025, 5, 14, 3, 0, 1)) }],
    ["latitude", { latitude_e6: 22071235 }],
    ["photos", { photos: [] }],
    ["kind", { kind: "harvest" }],
    ["lot", { lot_id: "lot_02" }],
  ])("fails when the %s of an event is edited", (_field, change) => {
    const { events, head } = buildChain(5)
    events[2] = { ...events[2]!, ...change }
    expect(verifyChain(links(events), head)).toEqual({ verified: false, event_count: 5, broken_at: 3 })
  })

  it("fails when an edited event's hash is recomputed too, because the next event still names the old hash", () => {
    const { events, head } = buildChain(4)
    const edited = { ...events[1]!, note: "Đã sửa" }
    events[1] = { ...edited, hash: chainHash(toChainLink(edited).content, edited.prev_hash) }
    expect(verifyChain(links(events), head)).toMatchObject({ verified: false, broken_at: 3 })
  })

  it("fails when a middle event is deleted", () => {
    const { events, head } = buildChain(5)
    events.splice(2, 1)
    expect(verifyChain(links(events), head)).toMatchObject({ verified: false, event_count: 4, broken_at: 3 })
  })

  it("fails when the last event is deleted, because the lot still counts it and names its hash", () => {
    const { events, head } = buildChain(5)
    events.pop()
    expect(verifyChain(links(events), head)).toEqual({ verified: false, event_count: 4, broken_at: 5 })
  })

  it("fails when events are reordered", () => {
    const { events, head } = buildChain(5)
    ;[events[1], events[2]] = [events[2]!, events[1]!]
    expect(verifyChain(links(events), head)).toMatchObject({ verified: false, broken_at: 2 })
  })

  it("fails when the lot's head no longer matches its last event", () => {
    const { events, head } = buildChain(3)
    expect(verifyChain(links(events), { ...head, head_hash: "0".repeat(64) }).verified).toBe(false)
    expect(verifyChain(links(events), { ...head, event_count: 4 }).verified).toBe(false)
  })
})
