import { nextStatus } from "../status-rules"

describe("nextStatus", () => {
  it("approves a pending cooperative without a reason", () => {
    expect(nextStatus("pending", "approve")).toEqual({ status: "approved" })
  })

  it("approves a suspended cooperative again", () => {
    expect(nextStatus("suspended", "approve")).toEqual({ status: "approved" })
  })

  it("rejects and suspends only with a reason", () => {
    expect(nextStatus("pending", "reject", "Thiếu giấy chứng nhận đăng ký")).toEqual({ status: "rejected" })
    expect(nextStatus("pending", "reject", "  ")).toEqual({ error: expect.stringContaining("reason") })
    expect(nextStatus("approved", "suspend")).toEqual({ error: expect.stringContaining("reason") })
    expect(nextStatus("approved", "suspend", "Khiếu nại chất lượng")).toEqual({ status: "suspended" })
  })

  it.each([
    ["approved", "approve"],
    ["rejected", "approve"],
    ["approved", "reject"],
    ["suspended", "reject"],
    ["pending", "suspend"],
    ["rejected", "suspend"],
  ] as const)("refuses to %s → %s with a sentence", (from, action) => {
    const result = nextStatus(from, action, "một lý do đủ dài")
    expect(result).toEqual({ error: expect.stringMatching(new RegExp(`A ${from} cooperative cannot`)) })
  })
})
