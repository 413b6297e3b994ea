// Each suite runs one tool and turns its own report into { passed, failed } counts.
import { existsSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { backendDir, bin, dataDir, root, testsDir } from "./paths.mjs"
import { run } from "./proc.mjs"

const quietEnv = { TURBO_TELEMETRY_DISABLED: "1", MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }

/** Runs a turbo task across workspaces; each workspace's task is one check. */
export async function turboTask(task, print) {
  let output = []
  try {
    output = await run(bin("turbo"), ["run", task, "--continue", "--output-logs=errors-only"], { cwd: root, env: quietEnv, onLine: print })
  } catch (error) {
    output = (error.output ?? "").split("\n")
  }
  const summary = output.join("\n").match(/Tasks:\s+(\d+) successful, (\d+) total/)
  if (!summary) return { passed: 0, failed: 1 }
  const passed = Number(summary[1])
  return { passed, failed: Number(summary[2]) - passed }
}

/** Runs jest in the backend with a JSON report; counts its tests. */
export async function jest(testType, env, print) {
  const report = path.join(dataDir, `jest-${testType.replace(":", "-")}.json`)
  rmSync(report, { force: true })
  let ending = ""
  try {
    await run(bin("jest"), ["--runInBand", "--forceExit", "--json", `--outputFile=${report}`], {
      cwd: backendDir,
      env: { ...quietEnv, ...env, TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules" },
      onLine: print,
    })
  } catch (error) {
    ending = error.output ?? String(error)
  }
  if (!existsSync(report)) {
    // Jest stopped before writing its report (a crash, not a failing test): show how it ended.
    console.log(`  jest (${testType}) ended without a report; its last lines:\n${ending}`)
    return { passed: 0, failed: 1 }
  }
  const r = JSON.parse(readFileSync(report, "utf8"))
  // A suite that fails to load has no tests but still counts as a failure.
  return { passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites }
}

/** Runs node:test files (TypeScript through tsx) in a folder; counts from the TAP summary. */
export async function nodeTests(cwd, pattern, print) {
  const { execSync } = await import("node:child_process")
  const files = execSync(`find . -name '${pattern}' -not -path '*/node_modules/*'`, { cwd, encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
  if (!files.length) return { passed: 0, failed: 0 }
  let output
  try {
    output = await run(process.execPath, ["--import", "tsx", "--test", "--test-reporter=tap", ...files], { cwd, onLine: print })
  } catch (error) {
    output = (error.output ?? "").split("\n")
  }
  const text = output.join("\n")
  const pass = Number(text.match(/^# pass (\d+)/m)?.[1] ?? 0)
  const fail = Number(text.match(/^# fail (\d+)/m)?.[1] ?? (pass ? 0 : 1))
  return { passed: pass, failed: fail }
}

/** Runs Playwright against a running stack; counts from its JSON report. */
export async function playwright(env, print) {
  const report = path.join(dataDir, "playwright.json")
  rmSync(report, { force: true })
  try {
    await run(bin("playwright"), ["test", "--reporter=list,json"], {
      cwd: testsDir,
      env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      onLine: print,
    })
  } catch {}
  if (!existsSync(report)) return { passed: 0, failed: 1 }
  const { stats } = JSON.parse(readFileSync(report, "utf8"))
  return { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected + (stats.skipped ?? 0) }
}
