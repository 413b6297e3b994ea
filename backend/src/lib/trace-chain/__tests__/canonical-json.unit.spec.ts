import { execFileSync } from "node:child_process"
import { canonicalJson } from "../canonical-json"

const SAMPLES: unknown[] = [
  { b: 2, a: 1, c: { z: [3, { y: null, x: "ô" }], "€": 1, "\u0080": 2, "\ud83d\ude00": 3, A: true } },
  { numbers: [0, -0, 1e21, 1e-7, 333333333.33333329, 4.5, -1.5e-10, 9007199254740993] },
  { text: "Lô hàng \"số\" 7\n\t\\ /", unicode: "\u2028\u2029\u0000\u001f", emoji: "🍊" },
  [null, true, false, "", [], {}],
  { event_time: "2025-06-14T01:30:00.000Z", photos: ["https://a/1.webp"], latitude_e6: 22071234, prev_hash: null },
]

describe("canonicalJson (RFC 8785)", () => {
  it("writes exactly what the canonicalize package writes", () => {
    // The package is an ES module, so it runs in a separate Node process rather than in the test runner.
    const script = `const c = require("canonicalize").default; const input = JSON.parse(require("fs").readFileSync(0, "utf8")); process.stdout.write(JSON.stringify(input.map((v) => c(v))))`
    const expected = JSON.parse(execFileSync(process.execPath, ["-e", script], { input: JSON.stringify(SAMPLES), cwd: __dirname }).toString()) as string[]
    expect(SAMPLES.map((s) => canonicalJson(JSON.parse(JSON.stringify(s))))).toEqual(expected)
  })

  it("sorts keys by UTF-16 code units, drops undefined members and writes dates as ISO strings", () => {
    expect(canonicalJson({ b: 1, a: undefined, B: [undefined], "\ud83d\ude00": 1, "\ufb33": 2 })).toBe('{"B":[null],"b":1,"\ud83d\ude00":1,"\ufb33":2}')
    expect(canonicalJson({ at: new Date("2025-06-14T01:30:00Z") })).toBe('{"at":"2025-06-14T01:30:00.000Z"}')
  })

  it("refuses what is not JSON", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/not a JSON number/)
    expect(() => canonicalJson({ s: "\ud800" })).toThrow(/lone surrogate/)
    expect(() => canonicalJson(undefined)).toThrow(/Only JSON values/)
  })
})
