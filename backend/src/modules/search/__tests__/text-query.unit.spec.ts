import { leadingWords, textQuery, toMatchQuery, toTsQuery, type Vocabulary } from "../query/text-query"
import { corrections, typoBudget } from "../query/typos"
import { queryWords } from "../query/tokens"

const words = ["mat", "ong", "che", "shan", "tuyet", "tra", "tea", "honey", "cam", "sanh", "ham", "yen", "brocade", "tho", "thai", "nguyen", "organic"]
const vocabulary: Vocabulary = { words: new Set(words), hasPrefix: (p) => words.some((w) => w.startsWith(p)) }
const query = (q: string) => toTsQuery(textQuery(q, vocabulary))

describe("query words", () => {
  it("folds diacritics, đ and NFD input to the same words", () => {
    expect(queryWords("Chè Shan tuyết")).toEqual(["che", "shan", "tuyet"])
    expect(queryWords("Chè Shan tuyết".normalize("NFD"))).toEqual(["che", "shan", "tuyet"])
    expect(queryWords("Đặc sản ĐỒNG VĂN")).toEqual(["dac", "san", "dong", "van"])
  })

  it("keeps only letters and digits, so nothing reaches tsquery syntax", () => {
    expect(queryWords(`mật' & ong | !(:*) <-> "x"`)).toEqual(["mat", "ong", "x"])
  })
})

describe("typo corrections", () => {
  it("forgives one typo from three letters and two from eight, a swap counting as one", () => {
    expect(typoBudget("ab")).toBe(0)
    expect(typoBudget("ogn")).toBe(1)
    expect(typoBudget("brocdaee")).toBe(2)
    expect(corrections("ogn", words)).toContain("ong")
    expect(corrections("hoeny", words)).toEqual(["honey"])
  })

  it("corrects nothing that the index knows or that is too short", () => {
    expect(corrections("cam", words)).toEqual([])
    expect(corrections("xy", words)).toEqual([])
  })
})

describe("the tsquery of a search", () => {
  it("needs every word, the last one as a prefix while it is being typed", () => {
    expect(query("che shan tuy")).toBe("(che | tra | tea) & shan & tuy:*")
    expect(query("che shan tuyet ")).toBe("(che | tra | tea) & shan & tuyet")
  })

  it("turns a synonym phrase into its alternatives", () => {
    expect(query("mật ong ")).toBe("((mat <-> ong) | honey)")
    expect(query("honey")).toBe("((mat <-> ong) | honey)")
    expect(query("thổ cẩm")).toBe("((tho <-> cam) | brocade)")
  })

  it("adds corrections for words the index does not know", () => {
    expect(query("mat ogn ")).toBe("mat & (ogn | ong)")
    expect(query("mat ogn")).toBe("mat & (ogn:* | ong)")
  })

  it("has no query for a search without words", () => {
    expect(query("")).toBeNull()
    expect(query(" !? ")).toBeNull()
  })
})

describe("the tsquery that selects documents", () => {
  const match = (q: string, indexed: string[] = ["mat ong"]) => toMatchQuery(textQuery(q, vocabulary), new Set(indexed))

  it("matches a synonym phrase by its phrase lexeme once every document has it", () => {
    expect(match("mật ong ")).toBe("('mat ong' | 'honey')")
    expect(match("honey")).toBe("('mat ong' | 'honey')")
  })

  it("also matches the phrase's words in a row while some document may lack its lexeme", () => {
    expect(match("thổ cẩm")).toBe("(('tho cam' | 'tho' <-> 'cam') | 'brocade')")
    expect(match("honey", [])).toBe("(('mat ong' | 'mat' <-> 'ong') | 'honey')")
  })

  it("keeps words, prefixes and corrections as the ranking query has them", () => {
    expect(match("che shan tuy")).toBe("('che' | 'tra' | 'tea') & 'shan' & 'tuy':*")
    expect(match("mat ogn")).toBe("'mat' & ('ogn':* | 'ong')")
    expect(match("")).toBeNull()
  })
})

describe("leading words", () => {
  it("are the first slot's words, prefixes apart", () => {
    expect(leadingWords(textQuery("cam snah", vocabulary))).toEqual({ exact: ["cam", "orange"], prefixes: [] })
    expect(leadingWords(textQuery("mật ong", vocabulary))).toEqual({ exact: ["mat", "honey"], prefixes: [] })
    expect(leadingWords(textQuery("ho", vocabulary))).toEqual({ exact: [], prefixes: ["ho"] })
  })
})
