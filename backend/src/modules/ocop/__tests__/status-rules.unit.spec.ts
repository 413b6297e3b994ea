import { bestBadge, isBadgeActive, nextOcopStatus } from "../status-rules"

describe("nextOcopStatus", () => {
  it("verifies a submitted certificate without a reason", () => {
    expect(nextOcopStatus("submitted", "verify")).toEqual({ status: "verified" })
  })

  it("rejects and revokes only with a reason of 5 characters or more", () => {
    expect(nextOcopStatus("submitted", "reject", "Bản scan mờ")).toEqual({ status: "rejected" })
    expect(nextOcopStatus("submitted", "reject", "  ab ")).toEqual({ error: expect.stringContaining("reason") })
    expect(nextOcopStatus("verified", "revoke")).toEqual({ error: expect.stringContaining("reason") })
    expect(nextOcopStatus("verified", "revoke", "Sản phẩm không còn đạt tiêu chí")).toEqual({ status: "revoked" })
  })

  it("lets the daily job expire only verified certificates", () => {
    expect(nextOcopStatus("verified", "expire")).toEqual({ status: "expired" })
    expect(nextOcopStatus("submitted", "expire")).toEqual({ error: expect.stringMatching(/^A submitted certificate cannot be expired/) })
  })

  it.each([
    ["rejected", "verify"],
    ["verified", "verify"],
    ["revoked", "verify"],
    ["expired", "verify"],
    ["verified", "reject"],
    ["expired", "reject"],
    ["submitted", "revoke"],
    ["rejected", "revoke"],
    ["expired", "revoke"],
  ] as const)("refuses to move a %s certificate with %s, in a sentence", (from, action) => {
    expect(nextOcopStatus(from, action, "một lý do đủ dài")).toEqual({ error: expect.stringMatching(new RegExp(`^A ${from} certificate cannot be`)) })
  })
})

describe("isBadgeActive", () => {
  const verified = { status: "verified", expires_on: "2028-03-14" }

  it("is active while today in Việt Nam is before the expiry day", () => {
    expect(isBadgeActive(verified, "2028-03-13T16:59:59Z")).toBe(true)
  })

  it("goes at midnight in Việt Nam on the expiry day, which is still the day before in UTC", () => {
    expect(isBadgeActive(verified, "2028-03-13T17:00:00Z")).toBe(false)
    expect(isBadgeActive(verified, "2028-03-14T12:00:00+07:00")).toBe(false)
  })

  it.each(["submitted", "rejected", "revoked", "expired"])("is never active for a %s certificate", (status) => {
    expect(isBadgeActive({ status, expires_on: "2099-01-01" }, "2026-01-01T00:00:00Z")).toBe(false)
  })
})

describe("bestBadge", () => {
  it("prefers more stars, then 4★ potential 5★ over plain 4★, then the later expiry", () => {
    const plainFour = { stars: 4, potential_five_star: false, expires_on: "2029-01-01" }
    const potential = { stars: 4, potential_five_star: true, expires_on: "2027-01-01" }
    const three = { stars: 3, potential_five_star: false, expires_on: "2030-01-01" }
    const five = { stars: 5, potential_five_star: false, expires_on: "2026-12-31" }
    expect(bestBadge([three, plainFour, potential])).toBe(potential)
    expect(bestBadge([three, plainFour, potential, five])).toBe(five)
    const laterFour = { ...plainFour, expires_on: "2029-06-01" }
    expect(bestBadge([plainFour, laterFour])).toBe(laterFour)
    expect(bestBadge([])).toBeUndefined()
  })
})
