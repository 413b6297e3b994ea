import { z } from "zod"
import type { AppLocale } from "../../../../i18n/routing"
import { dayLabel, fromApiLot, lotSchema, parseTraceResponse } from "../../mappers/traceability"
import type { TraceLotView } from "../../traceability-views"
import type { LotFormValues, LotVariantGroup, SellerLotRow, UnitOption } from "../lot-views"
import type { SellerProductView } from "../product-views"
import { list, optionalNumber, optionalString, textOrNull } from "./schema"

/** `?product_id=` of the lot list (from the product editor's link); null for every product. */
export function parseLotProductParam(raw: string | string[] | undefined): string | null {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ""
  return value !== "" && value.length <= 200 ? value : null
}

/** `GET /cooperative/lots` → `{ lots, count }`. */
const lotListSchema = z.object({ lots: list(lotSchema), count: optionalNumber })

/** Maps one page of the lot list. */
export function toLotRows(data: unknown, locale: AppLocale): { rows: SellerLotRow[]; count: number } {
  const raw = parseTraceResponse(lotListSchema, data, "GET /cooperative/lots")
  const rows = raw.lots.map((lot) => ({
    id: lot.id,
    lotCode: lot.lot_code,
    gtin: lot.gtin,
    productId: lot.product.id,
    productTitle: lot.product.title,
    variantTitle: textOrNull(lot.variant?.title),
    thumbnail: textOrNull(lot.product.thumbnail),
    producedLabel: dayLabel(lot.produced_on, locale) ?? lot.produced_on,
    eventCount: lot.verification?.event_count ?? lot.event_count ?? lot.events.length,
    verified: lot.verification?.verified === true,
  }))
  return { rows, count: raw.count ?? rows.length }
}

/** `GET /cooperative/lots/:id` (and `POST …/events`) → the lot; `lot` is the object inside `{ lot }`. */
export function toSellerLotView(lot: unknown, locale: AppLocale): TraceLotView {
  return fromApiLot(parseTraceResponse(lotSchema, lot, "GET /cooperative/lots/:id"), locale)
}

/** The id of the lot a create answered with. */
export function createdLotId(data: unknown): string {
  return parseTraceResponse(z.object({ lot: z.object({ id: z.string() }) }), data, "POST /cooperative/lots").lot.id
}

const namedCode = z.union([
  z.string().transform((code) => ({ code, label: null as string | null, labelEn: null as string | null })),
  z
    .object({ code: optionalString, value: optionalString, id: optionalString, name: optionalString, name_vi: optionalString, name_en: optionalString, label: optionalString })
    .transform((u) => ({ code: u.code ?? u.value ?? u.id ?? "", label: u.name_vi ?? u.name ?? u.label ?? null, labelEn: u.name_en ?? null })),
])

/** `GET /cooperative/traceability/vocabulary` → its units; each may be a bare code or a code with names. */
export function toUnitOptions(data: unknown, locale: AppLocale): UnitOption[] {
  const { units } = parseTraceResponse(z.object({ units: list(namedCode) }), data, "GET /cooperative/traceability/vocabulary")
  return units
    .filter((u) => u.code.trim() !== "")
    .map((u) => ({ code: u.code, label: textOrNull(locale === "en" ? (u.labelEn ?? u.label) : u.label) }))
}

/** The lot form's product select: each product with its variants, in the order of the product list. */
export function toVariantGroups(products: SellerProductView[]): LotVariantGroup[] {
  return products
    .filter((p) => p.status !== "archived" && p.values.variants.length > 0)
    .map((p) => ({
      productId: p.id,
      productTitle: p.values.title,
      variants: p.values.variants.flatMap((v) =>
        v.id ? [{ id: v.id, label: [p.values.title, v.title, v.sku && `(${v.sku})`].filter(Boolean).join(" · ") }] : []
      ),
    }))
}

/**
 * The new-lot form's starting values: the first variant of the product it was opened for (from the product's
 * lots), kilograms when the vocabulary has them (else its first unit), everything else empty.
 */
export function initialLotValues(groups: LotVariantGroup[], units: UnitOption[], productId: string | null): LotFormValues {
  const variantId = groups.find((g) => g.productId === productId)?.variants[0]?.id ?? ""
  const unit = units.find((u) => u.code === "kg")?.code ?? units[0]?.code ?? ""
  return {
    variantId,
    gtin: "",
    lotCode: "",
    producedOn: "",
    expiresOn: "",
    quantity: "",
    unit,
    originName: "",
    originCommune: "",
    originProvince: "",
    originLatitude: "",
    originLongitude: "",
    certKind: "",
    certName: "",
    certIssuer: "",
    certNumber: "",
    certValidUntil: "",
    certDocumentUrl: "",
  }
}
