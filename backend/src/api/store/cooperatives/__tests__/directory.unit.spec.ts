import { countFacets } from "../directory-facets"
import { directoryFilters } from "../directory-filters"

describe("directoryFilters", () => {
  it("always keeps to approved cooperatives", () => {
    expect(directoryFilters({})).toEqual({ status: "approved" })
  })

  it("needs every word of a search in the name, short name or commune", () => {
    const filters = directoryFilters({ q: "ham yen", kind: "cooperative", sector: "cam sành" })
    expect(filters).toMatchObject({ status: "approved", kind: "cooperative", sectors: { $contains: ["cam sành"] } })
    const words = filters.$and as { $or: Record<string, { $re: string }>[] }[]
    expect(words).toHaveLength(2)
    expect(words[0].$or.map((condition) => Object.keys(condition)[0])).toEqual(["name", "short_name", "commune"])
  })
})

describe("countFacets", () => {
  const facets = countFacets([
    { commune: "Xã Hàm Yên", sectors: ["cam sành", "mật ong"], kind: "cooperative" },
    { commune: "Xã Đồng Văn", sectors: ["mật ong", "mật ong"], kind: "cooperative_union" },
    { commune: "Xã Du Già", sectors: null, kind: "cooperative" },
  ])

  it("counts each value once per cooperative, in Vietnamese alphabetical order", () => {
    expect(facets.communes.map((f) => f.value)).toEqual(["Xã Du Già", "Xã Đồng Văn", "Xã Hàm Yên"])
    expect(facets.sectors).toEqual([
      { value: "cam sành", count: 1 },
      { value: "mật ong", count: 2 },
    ])
  })

  it("lists kinds in legal order and leaves out kinds nobody has", () => {
    expect(facets.kinds).toEqual([
      { value: "cooperative", count: 2 },
      { value: "cooperative_union", count: 1 },
    ])
  })
})
