import { inflateSync } from "node:zlib"

/** The characters a PDF's text shows: drawn text is glyph ids, and each embedded font's ToUnicode map names the characters it holds. */
export function embeddedCharacters(pdf: Buffer): string {
  const text = pdf.toString("latin1")
  const chars = new Set<string>()
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let body: string
    try {
      body = inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1")
    } catch {
      continue
    }
    if (!body.includes("beginbfchar") && !body.includes("beginbfrange")) continue
    for (const hex of body.matchAll(/<([0-9a-fA-F]{4,})>\s*\]?\s*$/gm)) chars.add(String.fromCharCode(parseInt(hex[1]!.slice(-4), 16)))
    for (const hex of body.matchAll(/<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\s*\[([^\]]*)\]/g)) {
      for (const unit of hex[1]!.matchAll(/<([0-9a-fA-F]{4})>/g)) chars.add(String.fromCharCode(parseInt(unit[1]!, 16)))
    }
  }
  return [...chars].join("")
}
