import { digitalLinkBase } from "../env"

describe("digitalLinkBase", () => {
  it("is DIGITAL_LINK_BASE without a trailing slash, or the storefront when it is not set", () => {
    expect(digitalLinkBase({ DIGITAL_LINK_BASE: "https://truyxuat.htx.vn/", STOREFRONT_URL: "https://htx.vn" })).toBe("https://truyxuat.htx.vn")
    expect(digitalLinkBase({ STOREFRONT_URL: "https://htx.vn/" })).toBe("https://htx.vn")
    expect(digitalLinkBase({ DIGITAL_LINK_BASE: "" })).toBe("http://localhost:8000")
  })

  it("refuses an address that is not a URL, naming the variable", () => {
    expect(() => digitalLinkBase({ DIGITAL_LINK_BASE: "truyxuat.htx.vn" })).toThrow(/DIGITAL_LINK_BASE must be a URL/)
  })
})
