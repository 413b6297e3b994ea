import { z } from "zod"
import type { AppLocale } from "../../../../i18n/routing"
import { formatDate } from "../../../util/date"
import { formatMoney } from "../../../util/money"
import type { CategoryOption, ProductFormValues, SellerProductRow, SellerProductStatus, SellerProductView } from "../product-views"
import { list, oneOf, optionalNumber, optionalString, parseResponse, textOrNull } from "./schema"

const STATUSES = ["draft", "published", "archived"] as const

/** `GET /cooperative/products` → `{ products, count, limit, offset }`. */
export const productListSchema = z.object({
  products: list(
    z.object({
      id: z.string(),
      handle: optionalString,
      title: z.string(),
      title_en: optionalString,
      status: oneOf(STATUSES, "draft"),
      thumbnail: optionalString,
      price_vnd_min: optionalNumber,
      stock_total: optionalNumber,
      variant_count: optionalNumber,
      updated_at: optionalString,
    })
  ),
  count: optionalNumber,
})

/** `GET /cooperative/products/:id` (and every product write) → `product`. */
export const productDetailSchema = z.object({
  id: z.string(),
  handle: optionalString,
  status: oneOf(STATUSES, "draft"),
  title: z.string(),
  title_en: optionalString,
  description: optionalString,
  description_en: optionalString,
  category_ids: list(z.string()),
  weight: optionalNumber,
  images: list(z.object({ id: optionalString, url: z.string() })),
  variants: list(
    z.object({
      id: z.string(),
      title: optionalString,
      sku: optionalString,
      price_vnd: optionalNumber,
      stock: optionalNumber,
      weight: optionalNumber,
    })
  ),
})

/** `GET /cooperative/categories`. */
export const categoriesSchema = z.object({
  categories: list(z.object({ id: z.string(), name: z.string(), name_en: optionalString, handle: optionalString })),
})

function dateLabel(value: string | null | undefined, locale: AppLocale): string | null {
  return value && !Number.isNaN(Date.parse(value)) ? formatDate(value, locale, { dateStyle: "medium" }) : null
}

function numberText(value: number | null | undefined): string {
  return value == null ? "" : String(value)
}

/** Maps one page of the product list; titles in the portal's language when the product has one. */
export function toProductRows(data: unknown, locale: AppLocale): { rows: SellerProductRow[]; count: number } {
  const raw = parseResponse(productListSchema, data, "GET /cooperative/products")
  const rows = raw.products.map((p) => ({
    id: p.id,
    title: (locale === "en" && textOrNull(p.title_en)) || p.title,
    status: p.status,
    thumbnail: textOrNull(p.thumbnail),
    priceLabel: p.price_vnd_min == null ? null : formatMoney(p.price_vnd_min, "vnd", locale),
    stockTotal: p.stock_total ?? 0,
    variantCount: p.variant_count ?? 0,
    updatedLabel: dateLabel(p.updated_at, locale),
  }))
  return { rows, count: raw.count ?? rows.length }
}

/** Maps a product to the editor's values; `product` is the object inside the `{ product }` response. */
export function toSellerProductView(product: unknown): SellerProductView {
  const p = parseResponse(productDetailSchema, product, "GET /cooperative/products/:id")
  const status: SellerProductStatus = p.status
  return {
    id: p.id,
    handle: textOrNull(p.handle),
    status,
    values: {
      title: p.title,
      titleEn: p.title_en ?? "",
      description: p.description ?? "",
      descriptionEn: p.description_en ?? "",
      categoryIds: p.category_ids,
      weight: numberText(p.weight),
      // An archived product keeps its last visible status in the editor; restoring publishes it again.
      status: status === "draft" ? "draft" : "published",
      images: p.images.map((image) => ({ url: image.url })),
      variants: p.variants.map((v) => ({
        key: v.id,
        id: v.id,
        title: v.title ?? "",
        sku: v.sku ?? "",
        price: numberText(v.price_vnd),
        stock: numberText(v.stock),
        weight: numberText(v.weight),
      })),
    },
  }
}

/** Category choices, named in the portal's language and sorted as a Vietnamese reader expects. */
export function toCategoryOptions(data: unknown, locale: AppLocale): CategoryOption[] {
  const { categories } = parseResponse(categoriesSchema, data, "GET /cooperative/categories")
  return categories
    .map((c) => ({ id: c.id, name: (locale === "en" && textOrNull(c.name_en)) || c.name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}

/** The editor's values for a new product: a draft with one empty variant. */
export function emptyProductValues(): ProductFormValues {
  return {
    title: "",
    titleEn: "",
    description: "",
    descriptionEn: "",
    categoryIds: [],
    weight: "",
    status: "draft",
    images: [],
    variants: [{ key: "new-0", id: null, title: "", sku: "", price: "", stock: "0", weight: "" }],
  }
}
