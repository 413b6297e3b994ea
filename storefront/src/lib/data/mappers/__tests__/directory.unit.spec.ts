import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { directoryFilterParams, initialsOf, MAX_FILTER_LENGTH, parseDirectoryQuery, toDirectoryView } from "../directory"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
void describe("toDirectoryView", () => {
  const view = toDirectoryView({
    count: 24,
    cooperatives: [
      {
        id: "coop_1",
        handle: "htx-cam-sanh-ham-yen",
        name: "Hợp tác xã Cam sành Hàm Yên",
        short_name: "HTX Cam sành Hàm Yên",
        kind: "cooperative",
        commune: "Xã Hàm Yên",
        province: "Tuyên Quang",
        sectors: ["cam sành", "mật ong"],
        product_count: 5,
        logo_url: null,
      },
      { id: "coop_2", handle: "tht-det-lanh", name: "Tổ hợp tác dệt lanh Lùng Tám", kind: "cooperative_group" },
    ],
    facets: {
      communes: [{ value: "Xã Hàm Yên", count: 1 }, { value: "", count: 3 }],
      sectors: [{ value: "mật ong", count: 3 }],
      kinds: [{ value: "cooperative", count: 20 }, { value: "company", count: 1 }, { value: "cooperative_union", count: 1 }],
    },
  })

  void it("maps cards with kind, place, sectors, product count and initials for a missing logo", () => {
    assert.equal(view.count, 24)
    assert.deepEqual(view.cooperatives[0], {
      id: "coop_1",
      handle: "htx-cam-sanh-ham-yen",
      name: "Hợp tác xã Cam sành Hàm Yên",
      kind: "cooperative",
      commune: "Xã Hàm Yên",
      province: "Tuyên Quang",
      sectors: ["cam sành", "mật ong"],
      productCount: 5,
      logoUrl: null,
      initials: "CS",
    })
    assert.equal(view.cooperatives[1]?.productCount, 0)
    assert.deepEqual(view.cooperatives[1]?.sectors, [])
  })

  void it("keeps only usable filter choices", () => {
    assert.deepEqual(view.facets.communes, [{ value: "Xã Hàm Yên", count: 1 }])
    assert.deepEqual(view.facets.kinds.map((k) => k.value), ["cooperative", "cooperative_union"])
  })
})

void describe("initialsOf", () => {
  void it("skips the legal form and capitalises, Vietnamese letters included", () => {
    assert.equal(initialsOf("Tổ hợp tác dệt lanh Lùng Tám"), "DL")
    assert.equal(initialsOf("Liên hiệp HTX Nông sản Tuyên Quang"), "NS")
    assert.equal(initialsOf("HTX đồ tre"), "ĐT")
  })
})

void describe("parseDirectoryQuery", () => {
  void it("reads the search, filters and page from the URL, dropping blanks and unknown kinds", () => {
    assert.deepEqual(parseDirectoryQuery({ q: " ham yen ", commune: "Xã Hàm Yên", sector: "", kind: "company", page: "2" }), {
      q: "ham yen",
      commune: "Xã Hàm Yên",
      page: 2,
    })
    assert.deepEqual(parseDirectoryQuery({ kind: ["cooperative_group", "cooperative"], page: "x" }), { kind: "cooperative_group", page: 1 })
  })

  void it("composes decomposed text and cuts what is too long for the backend", () => {
    assert.equal(parseDirectoryQuery({ commune: "Xã Hàm Yên".normalize("NFD") }).commune, "Xã Hàm Yên")
    assert.equal(parseDirectoryQuery({ q: "a".repeat(300) }).q?.length, MAX_FILTER_LENGTH)
  })

  void it("gives the filters back as URL parameters without the page", () => {
    assert.deepEqual(directoryFilterParams({ q: "che", kind: "cooperative", page: 3 }), { q: "che", kind: "cooperative" })
  })
})
