import { defineConfig, devices } from "@playwright/test"

const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE
const baseURL = process.env.E2E_STOREFRONT_URL ?? "http://localhost:8100"

/** Headless system Chromium against the stack `npm test` starts (production build, own database). */
export default defineConfig({
  testDir: "./specs",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "../.data/test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // The sandbox has no network beyond loopback; background services would only produce noise.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    // A certificate changes what every later run sees, so its journey runs once, on the desktop the operator uses;
    // settling with cooperatives is desktop work too (wide tables, spreadsheets); a fair from creation to report, with
    // three people each in their own browser, runs once.
    { name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium" }, testIgnore: /operator\/(verify-ocop-certificate|settle-with-cooperatives)|fairs\/fair-from-start-to-report/ },
    // Cooperatives work from a phone; their full selling journey runs once, on the phone.
    { name: "desktop", use: { ...devices["Desktop Chrome"], browserName: "chromium" }, testIgnore: /cooperative\// },
  ],
})
