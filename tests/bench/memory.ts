import { readdirSync, readFileSync } from "node:fs"

/** Proportional set size (PSS, shared pages split fairly) and RSS of a process and all its descendants, in MiB. */
export function treeMemory(rootPids: number[]): { pssMiB: number; rssMiB: number; processes: number } {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    } catch {}
  }
  const seen = new Set<number>()
  const stack = [...rootPids]
  while (stack.length) {
    const pid = stack.pop()!
    if (seen.has(pid)) continue
    seen.add(pid)
    stack.push(...(children.get(pid) ?? []))
  }
  let pss = 0
  let rss = 0
  for (const pid of seen) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8")
      pss += Number(rollup.match(/^Pss:\s+(\d+)/m)?.[1] ?? 0)
      rss += Number(rollup.match(/^Rss:\s+(\d+)/m)?.[1] ?? 0)
    } catch {}
  }
  return { pssMiB: pss / 1024, rssMiB: rss / 1024, processes: seen.size }
}

/** PIDs of the PostgreSQL server whose data directory is `dataDir` (its postmaster; workers are its children). */
export function postgresPids(dataDir: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")
      if (cmd[0]?.endsWith("/postgres") && cmd.includes(dataDir)) pids.push(pid)
    } catch {}
  }
  return pids
}
