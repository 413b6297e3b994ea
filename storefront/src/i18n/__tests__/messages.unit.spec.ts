import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { messageFiles } from "../messages"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

const areas = Object.keys(messageFiles.vi) as (keyof typeof messageFiles.vi)[]

void describe("message files", () => {
  for (const area of areas) {
    void it(`${area}: English has exactly the Vietnamese keys, so no one sees a raw key`, () => {
      assert.deepEqual(keys(messageFiles.en[area]).sort(), keys(messageFiles.vi[area]).sort())
    })

    void it(`${area}: has no empty strings`, () => {
      const blank = (messages: object) => keys(messages).filter((k) => {
        const value = k.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
        return typeof value !== "string" || value.trim() === ""
      })
      assert.deepEqual(blank(messageFiles.vi[area]), [])
      assert.deepEqual(blank(messageFiles.en[area]), [])
    })
  }

  void it("no namespace is defined in two areas, so none silently replaces another", () => {
    const namespaces = areas.flatMap((area) => Object.keys(messageFiles.vi[area]))
    assert.deepEqual(namespaces.length, new Set(namespaces).size)
  })
})
