import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../../i18n/routing"
import { formatMoney } from "../../util/money"
import type { FairBoothView, FairCardView, FairCategoryView, FairKind, FairPhaseView, FairProductView, FairView } from "../fair-views"
import { toCategoryView } from "./category"
import { formatAddress, textOrNull } from "./cooperative"
import { pickLocalized } from "./localize"

/** One fair of `GET /store/fairs` (and of `GET /store/fairs/:slug`), as docs/fairs-api.md describes it. */
export type StoreFair = {
  id: string
  slug: string
  name_vi: string
  name_en?: string | null
  description_vi?: string | null
  description_en?: string | null
  kind: string
  venue_name?: string | null
  venue_address?: string | null
  starts_at: string
  ends_at: string
  banner_url?: string | null
  organiser?: string | null
  status?: string
  phase: string
}

/** A booth of `GET /store/fairs/:slug`. */
export type StoreFairBooth = {
  id: string
  code: string | null
  cooperative: {
    handle: string
    name: string
    short_name?: string | null
    logo_url?: string | null
    commune?: string | null
    province?: string | null
  } | null
}

/** `GET /store/fairs`. */
export type StoreFairList = { fairs: StoreFair[]; count: number; limit: number; offset: number }

/** `GET /store/fairs/:slug` → `fair`. */
export type StoreFairDetail = StoreFair & { booths?: StoreFairBooth[] | null }

/** One row of `GET /store/fairs/:slug/products`: a booth's featured variant at its regular and fair prices (đồng). */
export type StoreFairProduct = {
  booth: { code: string | null; cooperative: { handle: string; name: string } }
  product: { id: string; handle: string; title: string; thumbnail: string | null }
  variant: { id: string; title: string | null }
  regular_price: number | null
  fair_price: number
  currency_code: string
}

const KINDS: readonly FairKind[] = ["online", "venue", "both"]

/** The backend's phase in a visitor's terms: taking applications is still "upcoming" to a shopper. */
export function toFairPhase(phase: unknown): FairPhaseView {
  if (phase === "live") return "live"
  if (phase === "ended") return "ended"
  return "upcoming"
}

/** The fair's kind, or "venue" for one the shop does not know yet (it has a place, so say where). */
export function toFairKind(kind: unknown): FairKind {
  return KINDS.find((k) => k === kind) ?? "venue"
}

/** Maps a store fair to the card the fair list shows, in the shop's language. */
export function toFairCardView(fair: StoreFair, locale: AppLocale): FairCardView {
  const kind = toFairKind(fair.kind)
  return {
    slug: fair.slug,
    name: pickLocalized(locale, fair.name_vi, textOrNull(fair.name_en)),
    kind,
    venue: kind === "online" ? null : formatAddress(fair.venue_name, fair.venue_address),
    startsAt: fair.starts_at,
    endsAt: fair.ends_at,
    phase: toFairPhase(fair.phase),
  }
}

/** A booth code as the backend compares it: upper case, e.g. "a01" → "A01". */
export function normalizeBoothCode(code: string): string {
  return code.trim().toUpperCase()
}

/** Maps a booth; a booth without a code or cooperative cannot be shown or linked to, so it is left out. */
export function toFairBoothView(booth: StoreFairBooth): FairBoothView | null {
  const code = textOrNull(booth.code)
  const cooperative = booth.cooperative
  if (!code || !cooperative || !textOrNull(cooperative.handle) || !textOrNull(cooperative.name)) return null
  return {
    code: normalizeBoothCode(code),
    cooperative: {
      handle: cooperative.handle,
      name: cooperative.name,
      place: formatAddress(cooperative.commune, cooperative.province),
      commune: textOrNull(cooperative.commune),
      province: textOrNull(cooperative.province),
      logoUrl: textOrNull(cooperative.logo_url),
    },
  }
}

/** Maps one fair with its booths (by code) to the fair page view. */
export function toFairView(fair: StoreFairDetail, locale: AppLocale): FairView {
  const booths = (fair.booths ?? []).map(toFairBoothView).filter((b): b is FairBoothView => b !== null)
  return {
    ...toFairCardView(fair, locale),
    description: pickLocalized(locale, textOrNull(fair.description_vi), textOrNull(fair.description_en)),
    organiser: textOrNull(fair.organiser),
    bannerUrl: textOrNull(fair.banner_url),
    booths: booths.sort((a, b) => a.code.localeCompare(b.code)),
  }
}

/** Whole percent the fair price saves on the regular one, or null when it saves nothing. */
export function percentOff(regular: number | null, fair: number): number | null {
  if (regular === null || !(regular > 0) || !(fair < regular)) return null
  return Math.max(1, Math.round(((regular - fair) / regular) * 100))
}

/** Maps a featured product row with its categories; rows without a booth code or with no price are left out. */
export function toFairProductView(row: StoreFairProduct, locale: AppLocale, categories: FairCategoryView[] = []): FairProductView | null {
  const code = textOrNull(row.booth?.code)
  const fairPrice = Number(row.fair_price)
  if (!code || !row.product || !row.variant || !Number.isFinite(fairPrice)) return null
  const currency = row.currency_code || "vnd"
  const regular = typeof row.regular_price === "number" && Number.isFinite(row.regular_price) ? row.regular_price : null
  return {
    boothCode: normalizeBoothCode(code),
    cooperativeName: row.booth.cooperative.name,
    productId: row.product.id,
    handle: row.product.handle,
    title: row.product.title,
    thumbnail: textOrNull(row.product.thumbnail),
    variantId: row.variant.id,
    variantTitle: textOrNull(row.variant.title),
    // A regular price no higher than the fair price is no saving to strike through.
    regularPriceLabel: regular !== null && regular > fairPrice ? formatMoney(regular, currency, locale) : null,
    fairPriceLabel: formatMoney(fairPrice, currency, locale),
    percentOff: percentOff(regular, fairPrice),
    categories,
  }
}

/** Maps the featured products, each with its categories from `categoriesByProduct`, dropping the rows that cannot be shown. */
export function toFairProductViews(
  rows: readonly StoreFairProduct[] | null | undefined,
  locale: AppLocale,
  categoriesByProduct: ReadonlyMap<string, FairCategoryView[]> = new Map()
): FairProductView[] {
  return (rows ?? [])
    .map((row) => toFairProductView(row, locale, categoriesByProduct.get(row.product?.id) ?? []))
    .filter((p): p is FairProductView => p !== null)
}

/** Each product's categories by product id, named in the shop's language. */
export function toProductCategories(products: readonly HttpTypes.StoreProduct[], locale: AppLocale): Map<string, FairCategoryView[]> {
  return new Map(
    products.map((product) => [
      product.id,
      (product.categories ?? []).map((category) => {
        const view = toCategoryView(category, locale)
        return { handle: view.handle, name: view.name }
      }),
    ])
  )
}

/** The categories a fair's products are filed under, each once, in alphabetical order for the shop's language. */
export function fairCategories(products: readonly FairProductView[], locale: AppLocale): FairCategoryView[] {
  const byHandle = new Map(products.flatMap((p) => p.categories).map((c) => [c.handle, c]))
  return [...byHandle.values()].sort((a, b) => a.name.localeCompare(b.name, locale))
}

/** Reads `?category=`: every category when absent, one of the fair's categories (its handle), else unknown. */
export function parseCategoryFilter(
  raw: string | string[] | undefined,
  categories: readonly FairCategoryView[]
): { known: true; handle: string | null } | { known: false } {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value) return { known: true, handle: null }
  const category = categories.find((c) => c.handle === value.trim().toLowerCase())
  return category ? { known: true, handle: category.handle } : { known: false }
}

/** The products of one booth and/or one category (null keeps them all), in the backend's order. */
export function filterFairProducts(products: readonly FairProductView[], filter: { booth: string | null; category: string | null }): FairProductView[] {
  return products.filter(
    (p) => (filter.booth === null || p.boothCode === filter.booth) && (filter.category === null || p.categories.some((c) => c.handle === filter.category))
  )
}

/** The booth with a code (any case), or undefined. */
export function findBooth(fair: Pick<FairView, "booths">, code: string): FairBoothView | undefined {
  const wanted = normalizeBoothCode(code)
  return fair.booths.find((b) => b.code === wanted)
}

/** Reads `?booth=`: every booth when absent, one booth (its code, upper-cased) when the fair has it, else unknown. */
export function parseBoothFilter(raw: string | string[] | undefined, fair: Pick<FairView, "booths">): { known: true; code: string | null } | { known: false } {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value) return { known: true, code: null }
  const booth = findBooth(fair, value)
  return booth ? { known: true, code: booth.code } : { known: false }
}

/** The query string of a fair page that keeps one booth and/or one category; empty for every product. */
export function fairFilterQuery(filter: { booth: string | null; category: string | null }): Record<string, string> {
  return { ...(filter.booth ? { booth: filter.booth } : {}), ...(filter.category ? { category: filter.category } : {}) }
}
