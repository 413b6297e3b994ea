import { nextOrderState } from "../state-rules"

describe("nextOrderState", () => {
  it("lets a new order be confirmed, shipped or canceled", () => {
    expect(nextOrderState("new", "confirm")).toEqual({ state: "confirmed" })
    expect(nextOrderState("new", "ship")).toEqual({ state: "shipped" })
    expect(nextOrderState("new", "cancel")).toEqual({ state: "canceled" })
  })

  it("lets a confirmed order be shipped or canceled, not confirmed again", () => {
    expect(nextOrderState("confirmed", "ship")).toEqual({ state: "shipped" })
    expect(nextOrderState("confirmed", "cancel")).toEqual({ state: "canceled" })
    expect(nextOrderState("confirmed", "confirm")).toEqual({ error: "This order is already confirmed." })
  })

  it("never cancels a shipped or delivered order, and never revives a canceled one", () => {
    expect(nextOrderState("shipped", "cancel")).toEqual({ error: expect.stringContaining("shipped") })
    expect(nextOrderState("delivered", "cancel")).toEqual({ error: expect.stringContaining("delivered") })
    expect(nextOrderState("canceled", "ship")).toEqual({ error: expect.stringContaining("canceled") })
    expect(nextOrderState("canceled", "confirm")).toEqual({ error: expect.stringContaining("canceled") })
  })
})
