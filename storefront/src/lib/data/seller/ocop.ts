import "server-only"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "../../../i18n/routing"
import { cooperativeFetch } from "./context"
import { toOcopCertificateRows, toOcopProductSetGroups } from "./mappers/ocop"
import { toProductRows } from "./mappers/product"
import type { OcopProductOption, OcopProductSetGroup, SellerOcopCertificateRow } from "./ocop-views"

// The most a certificate form lists; the API's page limit, far above what a cooperative sells.
const PRODUCT_OPTIONS_LIMIT = 100

/** The cooperative's OCOP certificates, newest first — `GET /cooperative/ocop-certificates`. */
export async function listSellerOcopCertificates(locale: AppLocale): Promise<{ rows: SellerOcopCertificateRow[]; count: number }> {
  // The API pages by 50; 100 covers every certificate a cooperative holds.
  const data = await cooperativeFetch<unknown>("/cooperative/ocop-certificates", { query: { limit: 100 } })
  return toOcopCertificateRows(data, locale)
}

/** The 26 product sets, grouped — `GET /cooperative/ocop/product-sets`. */
export async function listOcopProductSetGroups(locale: AppLocale): Promise<OcopProductSetGroup[]> {
  const [data, t] = await Promise.all([
    cooperativeFetch<unknown>("/cooperative/ocop/product-sets"),
    getTranslations({ locale, namespace: "OcopSeller" }),
  ])
  return toOcopProductSetGroups(data, locale, (group) => t(`groups.${group}`))
}

/** The products a certificate may name: the cooperative's own, archived ones left out — `GET /cooperative/products`. */
export async function listOcopProductOptions(locale: AppLocale): Promise<OcopProductOption[]> {
  const data = await cooperativeFetch<unknown>("/cooperative/products", { query: { limit: PRODUCT_OPTIONS_LIMIT } })
  return toProductRows(data, locale)
    .rows.filter((row) => row.status !== "archived")
    .map((row) => ({ id: row.id, title: row.title, thumbnail: row.thumbnail, draft: row.status === "draft" }))
}
