import { z } from "zod"
import type { AppLocale } from "../../../../i18n/routing"
import { formatDate } from "../../../util/date"
import { formatMoney } from "../../../util/money"
import { formatAddress } from "../../mappers/cooperative"
import { toFairKind } from "../../mappers/fair"
import { pickLocalized } from "../../mappers/localize"
import type {
  BoothFiguresRow,
  BoothReportView,
  FairApplicationIssue,
  FairApplicationValues,
  FairVariantOption,
  SellerBoothView,
  SellerFairPhase,
  SellerFairView,
} from "../fair-views"
import type { SellerProductView } from "../product-views"
import { list, oneOf, optionalNumber, optionalString, parseResponse, textOrNull } from "./schema"

/** Most products one booth may feature (the API's limit). */
export const MAX_BOOTH_ITEMS = 50

const BOOTH_STATUSES = ["invited", "applied", "approved", "rejected"] as const

const boothSchema = z.object({
  status: oneOf(BOOTH_STATUSES, "applied"),
  code: optionalString,
  reject_reason: optionalString,
  products: list(z.object({ variant_id: optionalString, title: optionalString, variant_title: optionalString, fair_price: optionalNumber })),
})

/** One fair of `GET /cooperative/fairs` (and `POST /cooperative/fairs/:id/apply` → `fair`). */
export const cooperativeFairSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name_vi: z.string(),
  name_en: optionalString,
  kind: optionalString,
  venue_name: optionalString,
  venue_address: optionalString,
  starts_at: z.string(),
  ends_at: z.string(),
  application_deadline: optionalString,
  status: optionalString,
  phase: optionalString,
  booth: boothSchema.nullish(),
})

/** `GET /cooperative/fairs` → `{ fairs }`. */
export const cooperativeFairListSchema = z.object({ fairs: list(cooperativeFairSchema) })

const figuresSchema = z.object({ visits: optionalNumber, orders: optionalNumber, revenue: optionalNumber, leads: optionalNumber })

/** `GET /cooperative/fairs/:id/report` → `{ report }`. */
export const boothReportSchema = z.object({
  report: z.object({ code: optionalString, total: figuresSchema, by_day: list(figuresSchema.extend({ day: z.string() })) }),
})

type CooperativeFair = z.infer<typeof cooperativeFairSchema>

/** The backend's phase in the portal's terms; a fair that has ended is not one the cooperative can join. */
function toSellerPhase(fair: CooperativeFair): SellerFairPhase | null {
  if (fair.phase === "open" || fair.phase === "upcoming" || fair.phase === "live") return fair.phase
  return null
}

/**
 * Whether a cooperative may apply now, as the backend decides: the fair takes applications (status `open`, which a fair
 * that has already started may still be), its deadline has not passed, and it has no booth yet (or only an invitation).
 */
export function canApplyTo(fair: { status: string | null; phase: SellerFairPhase; deadline: string | null }, booth: { status: string } | null, now: Date): boolean {
  const takingApplications = fair.status ? fair.status === "open" : fair.phase === "open"
  if (!takingApplications) return false
  if (booth && booth.status !== "invited") return false
  return fair.deadline === null || now.getTime() <= Date.parse(fair.deadline)
}

function toBoothView(booth: NonNullable<CooperativeFair["booth"]>, locale: AppLocale): SellerBoothView {
  return {
    status: booth.status,
    code: textOrNull(booth.code),
    rejectReason: textOrNull(booth.reject_reason),
    products: booth.products.map((p) => ({
      variantId: textOrNull(p.variant_id),
      title: textOrNull(p.title) ?? "—",
      variantTitle: textOrNull(p.variant_title),
      fairPriceLabel: formatMoney(p.fair_price ?? 0, "vnd", locale),
    })),
  }
}

/** Maps one fair; null for one the cooperative can no longer join (ended, or something newer than the portal knows). */
export function toSellerFairView(fair: CooperativeFair, locale: AppLocale, now: Date): SellerFairView | null {
  const phase = toSellerPhase(fair)
  if (!phase) return null
  const kind = toFairKind(fair.kind)
  const deadline = fair.application_deadline && !Number.isNaN(Date.parse(fair.application_deadline)) ? fair.application_deadline : null
  const booth = fair.booth ? toBoothView(fair.booth, locale) : null
  return {
    id: fair.id,
    slug: fair.slug,
    name: pickLocalized(locale, fair.name_vi, textOrNull(fair.name_en)),
    kind,
    venue: kind === "online" ? null : formatAddress(fair.venue_name, fair.venue_address),
    startsAt: fair.starts_at,
    endsAt: fair.ends_at,
    deadline,
    phase,
    booth,
    canApply: canApplyTo({ status: textOrNull(fair.status), phase, deadline }, booth, now),
  }
}

/** Maps `GET /cooperative/fairs`, keeping the backend's order (soonest start first). */
export function toSellerFairs(data: unknown, locale: AppLocale, now: Date): SellerFairView[] {
  const { fairs } = parseResponse(cooperativeFairListSchema, data, "GET /cooperative/fairs")
  return fairs.map((fair) => toSellerFairView(fair, locale, now)).filter((fair): fair is SellerFairView => fair !== null)
}

function toFigures(row: z.infer<typeof figuresSchema>, locale: AppLocale): BoothFiguresRow {
  return { visits: row.visits ?? 0, orders: row.orders ?? 0, revenueLabel: formatMoney(row.revenue ?? 0, "vnd", locale), leads: row.leads ?? 0 }
}

/** Maps a booth's figures; days (YYYY-MM-DD in Việt Nam) oldest first, each with a short label. */
export function toBoothReport(data: unknown, locale: AppLocale): BoothReportView {
  const { report } = parseResponse(boothReportSchema, data, "GET /cooperative/fairs/:id/report")
  const days = [...report.by_day]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((row) => ({
      ...toFigures(row, locale),
      day: row.day,
      // Noon in Việt Nam keeps the label on the right day in any server's time zone.
      dayLabel: /^\d{4}-\d{2}-\d{2}$/.test(row.day) ? formatDate(`${row.day}T12:00:00+07:00`, locale, { dateStyle: "medium" }) : row.day,
    }))
  return { code: textOrNull(report.code) ?? "—", total: toFigures(report.total, locale), days }
}

/** The variants a booth may feature: those of published products with a regular price, grouped by product as listed. */
export function toFairVariantOptions(products: SellerProductView[], locale: AppLocale): FairVariantOption[] {
  return products
    .filter((p) => p.status === "published")
    .flatMap((p) => {
      const productTitle = (locale === "en" && textOrNull(p.values.titleEn)) || p.values.title
      const several = p.values.variants.length > 1
      return p.values.variants.flatMap((v) => {
        const regularPrice = Number(v.price)
        if (!v.id || v.price === "" || !Number.isInteger(regularPrice) || regularPrice <= 0) return []
        return [{ variantId: v.id, productTitle, variantTitle: several ? textOrNull(v.title) : null, regularPrice, regularPriceLabel: formatMoney(regularPrice, "vnd", locale) }]
      })
    })
}

/** Whole đồng from a price as people type it ("112.000", "112 000", "112000"); null when it is not a whole number. */
export function parseDong(text: string): number | null {
  const amount = text.trim().replace(/\s*(₫|đ|vnd)$/i, "")
  if (/^\d{1,10}$/.test(amount)) return Number(amount)
  // Thousands written with dots or spaces must be whole groups of three, so "224999.5" is not read as 2249995.
  if (/^\d{1,3}([.\s\u00a0]\d{3}){1,3}$/.test(amount)) return Number(amount.replace(/[.\s\u00a0]/g, ""))
  return null
}

/** The first problem of an application, in the order the form shows it; null when it can be sent. */
export function fairApplicationIssue(values: FairApplicationValues, options: readonly FairVariantOption[]): FairApplicationIssue | null {
  if (values.items.length === 0) return { problem: "noItems", variantId: null }
  if (values.items.length > MAX_BOOTH_ITEMS) return { problem: "tooManyItems", variantId: null }
  const byId = new Map(options.map((o) => [o.variantId, o]))
  for (const item of values.items) {
    const option = byId.get(item.variantId)
    if (!option) return { problem: "unknownVariant", variantId: item.variantId }
    if (item.fairPrice.trim() === "") return { problem: "priceMissing", variantId: item.variantId }
    const price = parseDong(item.fairPrice)
    if (price === null) return { problem: "priceNotWhole", variantId: item.variantId }
    if (price > option.regularPrice) return { problem: "priceAboveRegular", variantId: item.variantId }
  }
  return null
}

/** The body of `POST /cooperative/fairs/:id/apply`; call it only on values without an issue. */
export function toFairApplicationPayload(values: FairApplicationValues): { items: { variant_id: string; fair_price: number }[] } {
  return { items: values.items.map((item) => ({ variant_id: item.variantId, fair_price: parseDong(item.fairPrice) ?? 0 })) }
}
