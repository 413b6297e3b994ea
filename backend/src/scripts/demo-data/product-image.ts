import sharp from "sharp"
import { artShapes } from "./art-shapes"
import type { DemoArt } from "./types"

/** What to draw and how large. */
export type ProductImageOptions = {
  art: DemoArt
  seed: string
  width?: number
  height?: number
}

/** FNV-1a hash of the seed, so the same product always gets the same picture. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** Small deterministic PRNG (mulberry32) returning numbers in [0, 1). */
function prng(state: number): () => number {
  let s = state
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** HSL (degrees, %, %) to #rrggbb, so the SVG does not depend on CSS colour parsing. */
function hslToHex(h: number, s: number, l: number): string {
  const sat = s / 100
  const lig = l / 100
  const k = (n: number) => (n + h / 30) % 12
  const a = sat * Math.min(lig, 1 - lig)
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))
  const hex = (v: number) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, "0")
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`
}

function background(hue: number): string {
  return `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="${hslToHex(hue, 55, 94)}"/><stop offset="1" stop-color="${hslToHex((hue + 28) % 360, 50, 82)}"/>
</linearGradient></defs>
<rect width="1000" height="1000" fill="url(#bg)"/>`
}

function decoration(hue: number, rand: () => number): string {
  const dots = Array.from({ length: 36 }, () => {
    const x = Math.round(rand() * 1000)
    const y = Math.round(rand() * 1000)
    const r = 4 + Math.round(rand() * 10)
    const o = (0.25 + rand() * 0.3).toFixed(2)
    return `<circle cx="${x}" cy="${y}" r="${r}" opacity="${o}"/>`
  }).join("")
  const rings = Array.from({ length: 3 }, () => {
    const x = Math.round(rand() * 1000)
    const y = Math.round(rand() * 1000)
    return `<circle cx="${x}" cy="${y}" r="${120 + Math.round(rand() * 160)}"/>`
  }).join("")
  return `<g fill="#ffffff">${dots}</g>
<g fill="none" stroke="#ffffff" stroke-width="14" opacity="0.25">${rings}</g>
<circle cx="500" cy="530" r="335" fill="#ffffff" opacity="0.45"/>
<ellipse cx="500" cy="842" rx="250" ry="34" fill="${hslToHex(hue, 30, 35)}" opacity="0.16"/>`
}

/** Builds the text-free SVG for a product illustration. */
export function buildProductSvg(art: DemoArt, seed: string, width: number, height: number): string {
  const hash = hashSeed(seed)
  const hue = hash % 360
  const rand = prng(hash)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1000 1000" preserveAspectRatio="xMidYMid slice">
${background(hue)}
${decoration(hue, rand)}
${artShapes[art]()}
</svg>`
}

/** Renders a deterministic square WebP product illustration (default 1200 × 1200) with sharp. */
export async function renderProductImage(opts: ProductImageOptions): Promise<Buffer> {
  const svg = buildProductSvg(opts.art, opts.seed, opts.width ?? 1200, opts.height ?? 1200)
  return sharp(Buffer.from(svg)).webp({ quality: 82 }).toBuffer()
}
