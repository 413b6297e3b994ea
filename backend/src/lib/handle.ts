/** Lower-case text without diacritics (đ → d, which Unicode decomposition alone leaves), whitespace collapsed. */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim()
}

/** Folds Vietnamese text to a URL handle: "Hợp tác xã Chè Lũng Phìn" → "hop-tac-xa-che-lung-phin". */
export function toHandle(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "")
}

/** A handle for the name that is not among the taken ones: the folded name, then -2, -3, … */
export function uniqueHandle(name: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const base = toHandle(name) || "htx"
  if (!used.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!used.has(candidate)) return candidate
  }
}
