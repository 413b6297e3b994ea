/** Byte order mark that tells Excel a CSV file is UTF-8, so Vietnamese letters are not shown as mojibake. */
export const UTF8_BOM = "\uFEFF"

// A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return ahead of one) as a formula.
const FORMULA_START = /^[=+\-@\t\r]/

/** One CSV cell: quoted when needed, and a text that could start a formula made inert with a leading apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value)
  // A negative number is a number, not a formula; only text is defused.
  const safe = typeof value !== "number" && FORMULA_START.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Lines of cells as CSV text (comma-separated, `\n` line ends, a final line end); `bom` prefixes the UTF-8 mark. */
export function toCsv(lines: (string | number | null | undefined)[][], { bom = false } = {}): string {
  return (bom ? UTF8_BOM : "") + lines.map((line) => line.map(csvCell).join(",")).join("\n") + "\n"
}
