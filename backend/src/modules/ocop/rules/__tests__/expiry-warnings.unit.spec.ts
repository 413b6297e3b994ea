import { expiryWarningDue } from "../expiry-warnings"

const none = { 60: false, 7: false }

describe("expiryWarningDue", () => {
  it.each([
    [61, none, null],
    [60, none, 60],
    [8, none, 60],
    [8, { 60: true, 7: false }, null],
    [7, { 60: true, 7: false }, 7],
    [1, { 60: true, 7: false }, 7],
    [7, { 60: true, 7: true }, null],
    [5, none, 7],
    [0, none, null],
    [-3, none, null],
  ] as const)("with %i days left and %o sent: %s", (daysLeft, sent, due) => {
    expect(expiryWarningDue(daysLeft, sent)).toBe(due)
  })
})
