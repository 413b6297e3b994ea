import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { isProvince, PROVINCES } from "../provinces"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

void describe("PROVINCES", () => {
  void it("lists the 34 provinces of 2025, each once", () => {
    assert.equal(PROVINCES.length, 34)
    assert.equal(new Set(PROVINCES.map((p) => p.normalize("NFC"))).size, 34)
  })

  void it("includes Tuyên Quang and no longer the merged Hà Giang", () => {
    assert.equal(isProvince("Tuyên Quang"), true)
    assert.equal(isProvince("Hà Giang"), false)
  })

  void it("matches a name typed in decomposed Unicode or with stray spaces", () => {
    assert.equal(isProvince(" Tuyên Quang ".normalize("NFD")), true)
  })
})
