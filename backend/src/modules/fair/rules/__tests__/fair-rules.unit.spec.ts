import { fairDatesProblem, fairPriceProblem } from "../fair-dates"
import { fairPhase, nextFairStatus } from "../fair-phase"

const at = (iso: string) => new Date(iso)
// 5 to 7 December 2026 in Việt Nam (UTC+7).
const fair = (status: "draft" | "open" | "published" | "archived") => ({ status, starts_at: "2026-12-05T08:00:00+07:00", ends_at: "2026-12-07T21:00:00+07:00" })

describe("a fair's phase follows the clock", () => {
  it("is upcoming or open before the start, live until the end, ended after", () => {
    expect(fairPhase(fair("published"), at("2026-12-05T00:59:59Z"))).toBe("upcoming")
    expect(fairPhase(fair("open"), at("2026-12-04T12:00:00Z"))).toBe("open")
    expect(fairPhase(fair("published"), at("2026-12-05T01:00:00Z"))).toBe("live")
    expect(fairPhase(fair("open"), at("2026-12-06T12:00:00Z"))).toBe("live")
    expect(fairPhase(fair("published"), at("2026-12-07T14:00:00Z"))).toBe("ended")
  })

  it("keeps a draft a draft and an archived fair archived whatever the time", () => {
    expect(fairPhase(fair("draft"), at("2026-12-06T12:00:00Z"))).toBe("draft")
    expect(fairPhase(fair("archived"), at("2026-12-06T12:00:00Z"))).toBe("archived")
  })
})

describe("an operator's actions on a fair", () => {
  const before = at("2026-12-01T00:00:00Z")
  const during = at("2026-12-06T00:00:00Z")
  const after = at("2026-12-10T00:00:00Z")

  it("go draft → open → published, and anything not live to archived", () => {
    expect(nextFairStatus(fair("draft"), "open_applications", before)).toEqual({ status: "open" })
    expect(nextFairStatus(fair("open"), "publish", before)).toEqual({ status: "published" })
    expect(nextFairStatus(fair("draft"), "publish", before)).toEqual({ status: "published" })
    expect(nextFairStatus(fair("published"), "archive", after)).toEqual({ status: "archived" })
  })

  it("are refused with a reason when the status or the clock does not allow them", () => {
    expect(nextFairStatus(fair("published"), "archive", during)).toEqual({ error: expect.stringMatching(/live/) })
    expect(nextFairStatus(fair("published"), "back_to_draft", during)).toEqual({ error: expect.stringMatching(/started/) })
    expect(nextFairStatus(fair("draft"), "publish", after)).toEqual({ error: expect.stringMatching(/ended/) })
    expect(nextFairStatus(fair("archived"), "publish", before)).toEqual({ error: expect.stringMatching(/archived/) })
  })
})

describe("a fair's dates and prices", () => {
  it("end after the start, with applications closing by the start", () => {
    expect(fairDatesProblem({ starts_at: at("2026-12-05T01:00:00Z"), ends_at: at("2026-12-07T14:00:00Z"), application_deadline: at("2026-11-30T10:00:00Z") })).toBeNull()
    expect(fairDatesProblem({ starts_at: at("2026-12-05T01:00:00Z"), ends_at: at("2026-12-05T01:00:00Z") })).toMatch(/end after it starts/)
    expect(fairDatesProblem({ starts_at: at("2026-12-05T01:00:00Z"), ends_at: at("2026-12-07T14:00:00Z"), application_deadline: at("2026-12-06T00:00:00Z") })).toMatch(/close before/)
  })

  it("is a whole amount of đồng from zero up to the regular price", () => {
    expect(fairPriceProblem(90_000, 120_000, "Mật ong")).toBeNull()
    expect(fairPriceProblem(0, 120_000, "Mật ong")).toBeNull()
    expect(fairPriceProblem(120_001, 120_000, "Mật ong")).toMatch(/above its regular price/)
    expect(fairPriceProblem(-1, 120_000, "Mật ong")).toMatch(/zero or more/)
    expect(fairPriceProblem(99.5, 120_000, "Mật ong")).toMatch(/whole number/)
    expect(fairPriceProblem(90_000, null, "Mật ong")).toMatch(/no regular price/)
  })
})
