// Each suite runs one tool and turns its own report into { passed, failed } counts.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
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
export async function jest(testType, env, print, { files = [], name = testType } = {}) {
  const report = path.join(dataDir, `jest-${name.replace(/[^a-z0-9]+/gi, "-")}.json`)
  // A fresh clone has no .data yet when the test database lives in memory.
  mkdirSync(dataDir, { recursive: true })
  rmSync(report, { force: true })
  let ending = ""
  try {
    // HTTP suites each boot a whole Medusa app, and some of it stays in memory after the suite: one worker, replaced
    // whenever it has grown past 1.5 GB, keeps a long run from running out of memory. Unit tests run in this process.
    const mode = testType === "unit" ? ["--runInBand"] : ["--maxWorkers=1", "--workerIdleMemoryLimit=1536MB"]
    await run(bin("jest"), [...mode, "--forceExit", "--json", `--outputFile=${report}`, ...files], {
      cwd: backendDir,
      env: { ...quietEnv, ...env, TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules" },
      onLine: print,
    })
  } catch (error) {
    ending = error.output ?? String(error)
  }
  if (!existsSync(report)) {
    // Jest prints its summary before writing the report, and writing can fail (a failure holding a circular
    // HTTP error cannot become JSON): count from the summary then, and show how it ended.
    const summary = /Tests:\s+(?:(\d+) failed, )?(?:\d+ skipped, )?(\d+) passed/.exec(ending)
    console.log(`  jest (${testType}) ended without a report; its last lines:\n${ending}`)
    return summary ? { passed: Number(summary[2]), failed: Math.max(1, Number(summary[1] ?? 0)) } : { passed: 0, failed: 1 }
  }
  const r = JSON.parse(readFileSync(report, "utf8"))
  // Name what failed, so a red run says where to look without a verbose rerun.
  for (const suite of r.testResults ?? []) {
    const failures = (suite.assertionResults ?? []).filter((t) => t.status === "failed")
    if (suite.status === "failed" && !failures.length) console.log(`  ✗ ${path.basename(suite.name)}: ${(suite.message ?? "").split("\n").slice(0, 8).join("\n    ")}`)
    for (const test of failures) console.log(`  ✗ ${path.basename(suite.name)} › ${test.fullName}\n    ${(test.failureMessages?.[0] ?? "").split("\n").slice(0, 8).join("\n    ")}`)
  }
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
    // E2E_SPECS narrows the run to some spec files (Playwright's own file filters, space-separated).
    const specs = (process.env.E2E_SPECS ?? "").split(/\s+/).filter(Boolean)
    await run(bin("playwright"), ["test", "--reporter=list,json", ...specs], {
      cwd: testsDir,
      env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      onLine: print,
    })
  } catch {}
  if (!existsSync(report)) return { passed: 0, failed: 1 }
  const { stats } = JSON.parse(readFileSync(report, "utf8"))
  return { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected + (stats.skipped ?? 0) }
}
