import type { ProductFormValues } from "../product-views"

/** Most variants and images a product may have (the contract's limits). */
export const MAX_VARIANTS = 20
export const MAX_IMAGES = 8
export const MAX_CATEGORIES = 3

/**
 * Reads a whole number as people type it on a phone: "125000", "125.000", "125,000" or "125 000" → 125000.
 * Returns the trimmed text itself when it is not one, so the backend's 400 message can name it; null when empty.
 */
export function parseWholeNumber(raw: string): number | string | null {
  const trimmed = raw.trim()
  if (trimmed === "") return null
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  // Thousands groups of exactly three digits; "12.5" is a decimal, not 125, and goes to the backend as text.
  if (/^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/\D/g, ""))
  return trimmed
}

// Optional fields are nullable in the API: an emptied field is sent as null, which clears it on update.
function optionalText(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === "" ? null : trimmed
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}

/**
 * The body for `POST /cooperative/products` or `POST /cooperative/products/:id`. Variants are always the full
 * list: a row with an id updates that variant, one without adds a variant, and a missing one is removed.
 * `keepStatus` leaves the status out, so saving an archived product does not bring it back.
 */
export function toProductPayload(values: ProductFormValues, { keepStatus = false } = {}): Record<string, unknown> {
  return withoutUndefined({
    title: values.title.trim(),
    title_en: optionalText(values.titleEn),
    description: values.description.trim(),
    description_en: optionalText(values.descriptionEn),
    category_ids: values.categoryIds,
    weight: parseWholeNumber(values.weight),
    images: values.images.map((image) => ({ url: image.url })),
    status: keepStatus ? undefined : values.status,
    variants: values.variants.map((row) =>
      withoutUndefined({
        id: row.id ?? undefined,
        title: row.title.trim(),
        sku: optionalText(row.sku),
        // A missing price is left out, so the backend's message names it.
        price_vnd: parseWholeNumber(row.price) ?? undefined,
        stock: parseWholeNumber(row.stock) ?? 0,
        weight: parseWholeNumber(row.weight),
      })
    ),
  })
}
