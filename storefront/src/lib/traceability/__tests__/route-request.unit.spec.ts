import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { NextRequest } from "next/server"
import middleware from "../../../middleware"

// The real middleware (Digital Link routing, then next-intl) on requests as a phone's camera app sends them.
const BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

async function send(path: string, accept = BROWSER): Promise<Response> {
  return middleware(new NextRequest(`http://shop.test${path}`, { headers: { accept } }))
}

function rewrittenPath(response: Response): string | null {
  const target = response.headers.get("x-middleware-rewrite")
  return target === null ? null : new URL(target).pathname + new URL(target).search
}

void describe("Digital Link middleware", () => {
  void it("shows a lot page in Vietnamese at the bare path, its lot encoded exactly once", async () => {
    const response = await send("/01/09521234543213/10/A%2FB%25C.1")
    assert.equal(rewrittenPath(response), "/vi/01/09521234543213/10/A%2FB%25C.1")
    assert.match(response.headers.get("vary") ?? "", /Accept/)
  })

  void it("drops the serial and variant for display and keeps English under /en", async () => {
    assert.equal(rewrittenPath(await send("/en/01/09521234543213/22/V1/10/L1/21/S9?17=261231")), "/en/01/09521234543213/10/L1?17=261231")
    assert.equal(rewrittenPath(await send("/01/09521234543213/21/S9")), "/vi/01/09521234543213")
  })

  void it("sends a short GTIN to its 14-digit path with 308, keeping the lot, serial, locale and query", async () => {
    const response = await send("/en/01/9521234543213/10/AB.12/21/7?17=261231")
    assert.equal(response.status, 308)
    assert.equal(response.headers.get("location"), "http://shop.test/en/01/09521234543213/10/AB.12/21/7?17=261231")
    const vi = await send("/vi/01/09521234543213/10/AB")
    assert.equal(vi.status, 308)
    assert.equal(vi.headers.get("location"), "http://shop.test/01/09521234543213/10/AB")
  })

  void it("answers a malformed link with 400 and a sentence in the page's language", async () => {
    const vi = await send("/01/09521234543214/10/AB")
    assert.equal(vi.status, 400)
    assert.match(vi.headers.get("content-type") ?? "", /text\/html/)
    assert.match(await vi.text(), /Số kiểm tra \(chữ số cuối\) của mã GTIN không đúng/)
    const en = await send("/en/01/09521234543213/10/ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert.equal(en.status, 400)
    assert.match(await en.text(), /A lot code has 1 to 20 characters\./)
  })

  void it("gives linked-data clients the EPCIS route, and a JSON 400 when the link is malformed", async () => {
    const data = await send("/01/09521234543213/10/A%2FB", "application/ld+json")
    assert.equal(rewrittenPath(data), "/api/digital-link/01/09521234543213/10/A%2FB")
    const bad = await send("/01/123/10/A", "application/json")
    assert.equal(bad.status, 400)
    assert.deepEqual(await bad.json(), { type: "invalid_data", message: "Mã GTIN phải có 8, 12, 13 hoặc 14 chữ số." })
  })

  void it("leaves every other page to the locale middleware", async () => {
    assert.equal(rewrittenPath(await send("/products/che-shan-tuyet")), "/vi/products/che-shan-tuyet")
    const english = await send("/en/products/01")
    assert.equal(english.status, 200)
    assert.equal(rewrittenPath(english), null)
  })
})
