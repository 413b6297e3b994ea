import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { isPageOutOfRange, paginate, parsePageParam } from "../pagination"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

void describe("parsePageParam", () => {
  void it("reads positive whole numbers", () => {
    assert.equal(parsePageParam("3"), 3)
    assert.equal(parsePageParam(["2", "5"]), 2)
  })

  void it("falls back to page 1 for missing or malformed values", () => {
    for (const raw of [undefined, "", "0", "-1", "1.5", "abc", "2abc", "99999999999999999999"]) {
      assert.equal(parsePageParam(raw), 1, `page param ${String(raw)}`)
    }
  })
})

void describe("paginate", () => {
  void it("splits 25 products into 3 pages of 12", () => {
    const first = paginate(1, 25)
    assert.deepEqual(first, { page: 1, pageSize: 12, totalPages: 3, offset: 0, hasPrevious: false, hasNext: true })
    const last = paginate(3, 25)
    assert.equal(last.offset, 24)
    assert.equal(last.hasPrevious, true)
    assert.equal(last.hasNext, false)
  })

  void it("has exactly one page when the count fills it", () => {
    const only = paginate(1, 12)
    assert.equal(only.totalPages, 1)
    assert.equal(only.hasNext, false)
    assert.equal(paginate(1, 13).totalPages, 2)
  })

  void it("gives an empty listing one page, and flags pages past the end", () => {
    assert.equal(paginate(1, 0).totalPages, 1)
    assert.equal(isPageOutOfRange(paginate(1, 0)), false)
    assert.equal(isPageOutOfRange(paginate(4, 25)), true)
  })
})
