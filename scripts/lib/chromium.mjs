// Finds a system Chromium for Playwright: browsers cannot be downloaded, so the OS provides one.
import { existsSync } from "node:fs"

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"]

/** Path of a Chromium executable, or null. */
export function findChromium() {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE
  if (configured) return existsSync(configured) ? configured : null
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

export const CHROMIUM_HELP =
  "No Chromium found for the end-to-end tests: install it with `apt-get install chromium` (Debian/Ubuntu) or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium or Chrome binary."
