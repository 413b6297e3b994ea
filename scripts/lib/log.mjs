// Console output of the entry scripts: numbered steps with timings, so a newcomer sees it is not stuck.
const useColor = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code) => (text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text)
export const bold = paint("1")
export const dim = paint("2")
export const green = paint("32")
export const red = paint("31")
export const yellow = paint("33")
export const cyan = paint("36")

let stepStarted = 0

/** Announces a step ("[2/6] Database") and remembers when it started. */
export function step(index, total, title) {
  stepStarted = Date.now()
  console.log(`\n${bold(cyan(`[${index}/${total}]`))} ${bold(title)}`)
}

/** Closes the current step with its duration. */
export function done(detail = "") {
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1)
  console.log(`${green("  ✓")} ${detail ? `${detail} ` : ""}${dim(`(${seconds}s)`)}`)
}

/** One line of information under the current step. */
export function info(text) {
  console.log(`  ${text}`)
}

/** Prints a one-sentence problem and exits non-zero. */
export function fail(sentence) {
  console.error(`\n${red("✗")} ${sentence}`)
  process.exit(1)
}

/** A ticking line for long, quiet work; returns a stop function. */
export function ticker(label) {
  const started = Date.now()
  if (!process.stdout.isTTY) {
    const timer = setInterval(() => console.log(`  … ${label} (${Math.round((Date.now() - started) / 1000)}s)`), 15000)
    return () => clearInterval(timer)
  }
  const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
  let i = 0
  const timer = setInterval(() => {
    process.stdout.write(`\r  ${frames[i++ % frames.length]} ${label} ${dim(`${Math.round((Date.now() - started) / 1000)}s`)}   `)
  }, 120)
  return () => {
    clearInterval(timer)
    process.stdout.write("\r\x1b[K")
  }
}
