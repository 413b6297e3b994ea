import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { parseOrderTabParam, parseProductStatusParam, parseSearchParam } from "../params"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

void describe("list query parameters", () => {
  void it("read known product statuses and order tabs, and fall back for anything else", () => {
    assert.equal(parseProductStatusParam("archived"), "archived")
    assert.equal(parseProductStatusParam(["draft", "published"]), "draft")
    assert.equal(parseProductStatusParam("deleted"), null)
    assert.equal(parseOrderTabParam("canceled"), "canceled")
    assert.equal(parseOrderTabParam(undefined), "to_handle")
    assert.equal(parseOrderTabParam("new"), "to_handle")
  })

  void it("trim and bound the search text", () => {
    assert.equal(parseSearchParam("  chè  "), "chè")
    assert.equal(parseSearchParam("x".repeat(500)).length, 100)
  })
})
