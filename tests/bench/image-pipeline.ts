/**
 * Product photo pipeline: throughput, latency and memory on realistic 12 MP phone JPEGs (count: BENCH_IMAGES, default 20).
 * Each photo goes through the seller upload pipeline (check, upright, strip metadata, 3 WebP widths + 1 JPEG) and its
 * outputs are written to a temporary folder; the baseline is one plain `resize(1600).webp()` per photo, measured in the
 * same process on the same photos. BENCH_SHARP_CONCURRENCY sets libvips threads per operation, to compare settings.
 * Run from the repository root: `npx tsx tests/bench/image-pipeline.ts`.
 */
import { spawnSync } from "node:child_process"
import { randomBytes, randomUUID } from "node:crypto"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import sharp from "sharp"
import { processImage } from "../../backend/src/lib/images/process-image"

const COUNT = Number(process.env.BENCH_IMAGES ?? 20)
const WIDTH = 4000
const HEIGHT = 3000
const SAMPLE_MS = 20
const GPS = { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 1200/100" }
const MEASURE_FLAG = "--measure"

type Phase = { name: string; ms: number[]; cpuMs: number[]; totalMs: number; startRss: number; peakRss: number }

// The photos are made in this process and measured in a fresh one, so generating them does not inflate its memory figures.
async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "htx-image-bench-"))
  try {
    log(`generating ${COUNT} photos of ${WIDTH}×${HEIGHT} with EXIF GPS`)
    await generatePhotos(path.join(dir, "in"))
    const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", process.argv[1]!, MEASURE_FLAG, dir], { stdio: "inherit" })
    if (child.status !== 0) throw new Error(`the measuring process failed (exit ${child.status ?? child.signal})`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function generatePhotos(inDir: string) {
  mkdirSync(inDir, { recursive: true })
  const raw = { width: WIDTH, height: HEIGHT, channels: 3 as const }
  const texture = await greyNoise(500, 375, 0.35) // foliage- and fabric-sized detail
  const grain = await greyNoise(WIDTH, HEIGHT, 0.1) // sensor noise
  const sizes: number[] = []
  for (let i = 0; i < COUNT; i++) {
    const cells = { width: 16, height: 12, channels: 3 as const }
    const scene = await sharp(randomBytes(cells.width * cells.height * 3), { raw: cells }).resize(WIDTH, HEIGHT, { kernel: "cubic" }).raw().toBuffer()
    const photo = await sharp(scene, { raw })
      .composite([
        { input: texture, raw, blend: "overlay" },
        { input: grain, raw, blend: "overlay" },
      ])
      .withExif({ IFD0: { Make: "PhoneCo", Model: `Field ${i}` }, IFD3: GPS })
      .withMetadata({ orientation: i % 4 === 3 ? 6 : 1 }) // every fourth photo taken upright, saved sideways as phones do
      .jpeg({ quality: 92 })
      .toBuffer()
    writeFileSync(path.join(inDir, `${String(i).padStart(3, "0")}.jpg`), photo)
    sizes.push(photo.length / 1024 / 1024)
  }
  log(`photos: ${mean(sizes).toFixed(1)} MB on average (${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} MB)`)
}

function greyNoise(width: number, height: number, gain: number) {
  return sharp(randomBytes(width * height), { raw: { width, height, channels: 1 } })
    .resize(WIDTH, HEIGHT, { kernel: "cubic" })
    .linear(gain, 128 * (1 - gain))
    .toColourspace("srgb")
    .raw()
    .toBuffer()
}

async function measureAll(dir: string) {
  if (process.env.BENCH_SHARP_CONCURRENCY) sharp.concurrency(Number(process.env.BENCH_SHARP_CONCURRENCY))
  log(`sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, ${sharp.concurrency()} libvips thread(s) per operation`)
  const inDir = path.join(dir, "in")
  const outDir = path.join(dir, "out")
  mkdirSync(outDir)
  const files = readdirSync(inDir).map((f) => path.join(inDir, f))
  // One untimed pass of each, so neither side pays for loading libvips' code.
  await baseline(readFileSync(files[0]!))
  await pipeline(readFileSync(files[0]!), outDir)
  const base = await measure("baseline resize(1600).webp()", files, baseline)
  const full = await measure("upload pipeline (3 WebP + 1 JPEG, stored)", files, (photo) => pipeline(photo, outDir))
  report(files.length, base, full)
}

async function baseline(photo: Buffer) {
  await sharp(photo).resize(1600).webp().toBuffer()
}

async function pipeline(photo: Buffer, outDir: string) {
  const { renditions } = await processImage({ filename: "photo.jpg", content: photo })
  const name = randomUUID()
  for (const r of renditions) writeFileSync(path.join(outDir, `${name}-${r.width}.${r.type === "image/webp" ? "webp" : "jpg"}`), r.data)
}

async function measure(name: string, files: string[], run: (photo: Buffer) => Promise<void>): Promise<Phase> {
  global.gc?.()
  const startRss = process.memoryUsage().rss
  let peakRss = startRss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), SAMPLE_MS)
  const ms: number[] = []
  const cpuMs: number[] = []
  let totalMs = 0
  // One photo at a time, as the upload workflow does; reading the file is not timed. CPU time (all threads of this
  // process) is kept beside wall time because it barely moves when other programs share the cores.
  for (const file of files) {
    const photo = readFileSync(file)
    const started = performance.now()
    const cpu = process.cpuUsage()
    await run(photo)
    const used = process.cpuUsage(cpu)
    ms.push(performance.now() - started)
    cpuMs.push((used.user + used.system) / 1000)
    totalMs += ms[ms.length - 1]!
  }
  clearInterval(sampler)
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
  log(`${name}: ${(totalMs / 1000).toFixed(1)} s`)
  return { name, ms, cpuMs, totalMs, startRss, peakRss }
}

function report(count: number, base: Phase, full: Phase) {
  console.log(`\nImage pipeline on ${count} photos of ${WIDTH}×${HEIGHT} (${((WIDTH * HEIGHT) / 1e6).toFixed(0)} MP), one at a time, same process and photos`)
  const columns = ["img/s", "mean ms", "p95 ms", "CPU ms", "peak RSS", "above start"]
  console.log(`${"scenario".padEnd(44)}${columns.map((c) => c.padStart(12)).join("")}`)
  for (const p of [base, full]) {
    const cells = [(p.ms.length / (p.totalMs / 1000)).toFixed(2), mean(p.ms).toFixed(0), p95(p.ms).toFixed(0), mean(p.cpuMs).toFixed(0), `${mib(p.peakRss)} MiB`, `${mib(p.peakRss - p.startRss)} MiB`]
    console.log(`${p.name.padEnd(44)}${cells.map((c) => c.padStart(12)).join("")}`)
  }
  const ratio = (f: (values: number[]) => number, key: "ms" | "cpuMs") => (f(full[key]) / f(base[key])).toFixed(2)
  console.log(`\nPipeline ÷ baseline per photo: wall time mean ${ratio(mean, "ms")}, p95 ${ratio(p95, "ms")}; CPU time mean ${ratio(mean, "cpuMs")}`)
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)
const log = (s: string) => console.log(`[bench] ${s}`)

const measuring = process.argv[2] === MEASURE_FLAG
;(measuring ? measureAll(process.argv[3]!) : main()).catch((e: Error) => {
  console.error(e.message)
  process.exit(1)
})
