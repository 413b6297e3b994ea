/** Closed-loop HTTP load: `concurrency` clients each send the next request when the last one answers. */
export type LoadResult = { requests: number; errors: number; rps: number; p50: number; p95: number; p99: number }

export async function runLoad(urls: string[], concurrency: number, durationMs: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const deadline = performance.now() + durationMs
  const client = async () => {
    while (performance.now() < deadline) {
      const url = urls[next++ % urls.length]!
      const started = performance.now()
      try {
        const res = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) })
        await res.arrayBuffer()
        if (res.status >= 400) errors++
        else latencies.push(performance.now() - started)
      } catch {
        errors++
      }
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, client))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN
  return { requests: latencies.length, errors, rps: latencies.length / seconds, p50: pct(50), p95: pct(95), p99: pct(99) }
}
