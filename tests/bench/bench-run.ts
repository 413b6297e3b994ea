import { stopServices } from "../../scripts/lib/proc.mjs"

/** Milliseconds as the benchmark tables print them. */
export const ms = (v: number) => v.toFixed(1)

/** A progress line of a benchmark. */
export const log = (s: string) => console.log(`[bench] ${s}`)

/** Runs a benchmark; on failure prints why (with the failing tool's output), stops what it started and exits 1. */
export function runBench(main: () => Promise<void>) {
  main().catch(async (e: Error & { output?: string }) => {
    console.error(e.message, e.output ?? "")
    await stopServices()
    process.exit(1)
  })
}
