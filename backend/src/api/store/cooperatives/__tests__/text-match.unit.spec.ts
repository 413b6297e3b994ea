import { foldVietnamese } from "../../../../lib/handle"
import { diacriticInsensitivePattern, MAX_SEARCH_WORDS, searchWords } from "../text-match"

// PostgreSQL's `~` and JavaScript agree on bracket expressions and escapes, so a RegExp stands in for the database here.
const matches = (word: string, text: string) => new RegExp(diacriticInsensitivePattern(word)).test(text)

describe("foldVietnamese", () => {
  it("drops tone and vowel marks, folds đ to d and lowers the case", () => {
    expect(foldVietnamese("Hàm Yên")).toBe("ham yen")
    expect(foldVietnamese("ĐỒNG VĂN")).toBe("dong van")
    expect(foldVietnamese("Thương mại")).toBe("thuong mai")
  })

  it("gives the same result for decomposed and composed input", () => {
    expect(foldVietnamese("Lùng Tám".normalize("NFD"))).toBe(foldVietnamese("Lùng Tám"))
  })
})

describe("diacriticInsensitivePattern", () => {
  it("matches every accented form of a word, in any case", () => {
    expect(matches("ham", "Hợp tác xã Cam sành Hàm Yên")).toBe(true)
    expect(matches("HÀM", "Xã Hàm Yên")).toBe(true)
    expect(matches("dong", "Xã Đồng Văn")).toBe(true)
    expect(matches("đồng", "xa dong van")).toBe(true)
    expect(matches("uong", "Chè Tân Cương")).toBe(true)
  })

  it("does not match other letters", () => {
    expect(matches("ham", "Xã Hùng An")).toBe(false)
    expect(matches("meo", "Xã Mai Sơn")).toBe(false)
  })

  it("escapes what a regular expression would read as syntax", () => {
    expect(matches(".*", "Hợp tác xã")).toBe(false)
    expect(matches("(a", "HTX (a)")).toBe(true)
    expect(() => diacriticInsensitivePattern("[\\")).not.toThrow()
    expect(matches("[\\", "a[\\b")).toBe(true)
  })
})

describe("searchWords", () => {
  it("splits on any white space, folds, and keeps at most a few words", () => {
    expect(searchWords("  Cam   sành\tHàm ")).toEqual(["cam", "sanh", "ham"])
    expect(searchWords(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "))).toHaveLength(MAX_SEARCH_WORDS)
  })
})
