// Child processes: run to completion, or keep running as a service with prefixed output.
import { spawn } from "node:child_process"
import { createWriteStream } from "node:fs"
import { dim, red } from "./log.mjs"

const services = new Set()

/**
 * Runs a command to completion; rejects with its last output lines when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string | undefined>, label?: string, inherit?: boolean, onLine?: (line: string) => unknown }} [options]
 * @returns {Promise<string[]>}
 */
export function run(command, args, { cwd, env, label = command, inherit = false, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
    })
    const tail = []
    const collect = (chunk) => {
      for (const line of chunk.toString().split(/\r?\n/)) {
        if (!line.trim()) continue
        tail.push(line)
        if (tail.length > 40) tail.shift()
        onLine?.(line)
      }
    }
    child.stdout?.on("data", collect)
    child.stderr?.on("data", collect)
    child.on("error", reject)
    child.on("close", (code) => {
      if (code === 0) return resolve(tail)
      const error = new Error(`${label} failed (exit ${code})`)
      error.output = tail.join("\n")
      reject(error)
    })
  })
}

/**
 * Starts a long-running service whose lines are printed with a prefix; stopped by stopServices().
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string | undefined>, quiet?: boolean, logFile?: string }} [options]
 * @returns {import("node:child_process").ChildProcess}
 */
export function startService(name, command, args, { cwd, env, quiet = false, logFile } = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true })
  const prefix = dim(`${name.padEnd(10)}│`)
  const log = logFile ? createWriteStream(logFile, { flags: "a" }) : null
  const print = (chunk) => {
    log?.write(chunk)
    if (quiet || log) return
    for (const line of chunk.toString().split(/\r?\n/)) if (line.trim()) console.log(`${prefix} ${line}`)
  }
  child.stdout.on("data", print)
  child.stderr.on("data", print)
  child.on("exit", (code, signal) => {
    services.delete(child)
    log?.end()
    if (!child.stopping) console.error(red(`${name} stopped unexpectedly (${signal ?? `exit ${code}`})${logFile ? `: see ${logFile}` : ""}`))
  })
  services.add(child)
  return child
}

/** Stops every service started here, politely first. */
export async function stopServices() {
  await Promise.all(
    [...services].map(
      (child) =>
        new Promise((resolve) => {
          child.stopping = true
          child.once("exit", resolve)
          try {
            process.kill(-child.pid, "SIGTERM")
          } catch {
            resolve()
          }
          setTimeout(() => {
            try {
              process.kill(-child.pid, "SIGKILL")
            } catch {}
            resolve()
          }, 8000).unref()
        })
    )
  )
}

/** Polls a URL until it answers (any status below 500) or the timeout passes. */
export async function waitForHttp(url, { timeoutMs = 120000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url} never answered: its process exited`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)}s`)
}
