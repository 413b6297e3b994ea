import { PROVINCES, formatVietnamesePhone, isProvince, isRegistrationNumber, normalizeVietnamesePhone } from ".."

describe("Vietnamese phone numbers", () => {
  it.each([
    ["0986 214 735", "0986214735"],
    ["+84 986 214 735", "0986214735"],
    ["84986214735", "0986214735"],
    ["0358-642-917", "0358642917"],
    ["(0207) 3822 123", "02073822123"],
  ])("accepts %s as %s", (input, national) => {
    expect(normalizeVietnamesePhone(input)).toBe(national)
  })

  it.each(["", "12345", "0123456789", "0986 214 73", "0986 214 7355", "+1 202 555 0100", "09a6214735", "0108214735"])(
    "refuses %s",
    (input) => {
      expect(normalizeVietnamesePhone(input)).toBeNull()
    }
  )

  it("groups digits for display", () => {
    expect(formatVietnamesePhone("0986214735")).toBe("0986 214 735")
    expect(formatVietnamesePhone("02073822123")).toBe("0207 3822 123")
  })
})

describe("registration numbers", () => {
  it("accepts a 10-digit code and a branch code", () => {
    expect(isRegistrationNumber("5000917342")).toBe(true)
    expect(isRegistrationNumber("5000917342-001")).toBe(true)
  })

  it.each(["500091734", "50009173421", "5000917342-1", "ABC0917342", ""])("refuses %s", (input) => {
    expect(isRegistrationNumber(input)).toBe(false)
  })
})

describe("provinces", () => {
  it("has the 34 units of 2025, without repeats", () => {
    expect(PROVINCES).toHaveLength(34)
    expect(new Set(PROVINCES).size).toBe(34)
  })

  it("matches decomposed (NFD) input and refuses abolished provinces", () => {
    expect(isProvince("Tuyên Quang".normalize("NFD"))).toBe(true)
    expect(isProvince("Hà Giang")).toBe(false)
    expect(isProvince("Yên Bái")).toBe(false)
  })
})
