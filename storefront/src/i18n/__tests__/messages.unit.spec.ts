import assert from "node:assert/strict"
import { describe, it } from "node:test"
import en from "../../../messages/en.json"
import vi from "../../../messages/vi.json"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

void describe("message files", () => {
  void it("English has exactly the Vietnamese keys, so no shopper sees a raw key", () => {
    assert.deepEqual(keys(en).sort(), keys(vi).sort())
  })

  void it("has no empty strings", () => {
    const blank = (messages: object) => keys(messages).filter((k) => {
      const value = k.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
      return typeof value !== "string" || value.trim() === ""
    })
    assert.deepEqual(blank(vi), [])
    assert.deepEqual(blank(en), [])
  })
})
