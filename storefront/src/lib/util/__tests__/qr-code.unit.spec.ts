import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { qrSvgDataUri } from "../qr-code"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const PAYLOAD = "00020101021238570010A00000072701270006970436011300110123456780208QRIBFTTA530370454061250005802VN62180814HTXMARKET DH126304ABCD"

void describe("qrSvgDataUri", () => {
  void it("draws the text as an SVG an <img> can show", async () => {
    const uri = await qrSvgDataUri(PAYLOAD)
    assert.match(uri, /^data:image\/svg\+xml;charset=utf-8,/)
    const svg = decodeURIComponent(uri.slice(uri.indexOf(",") + 1))
    assert.match(svg, /^<svg[^>]+viewBox="0 0 (\d+) \1"/)
    assert.match(svg, /<path[^>]+d="M/)
  })

  void it("draws a longer text with more modules, the same text the same way", async () => {
    const size = async (text: string) => Number(/viewBox="0 0 (\d+)/.exec(decodeURIComponent(await qrSvgDataUri(text)))?.[1])
    assert.ok((await size(PAYLOAD)) > (await size("HTX")))
    assert.equal(await qrSvgDataUri(PAYLOAD), await qrSvgDataUri(PAYLOAD))
  })
})
