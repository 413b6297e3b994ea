"use server"

import { getLocale } from "next-intl/server"
import { z } from "zod"
import { redirect } from "../../../i18n/navigation"
import { idSchema, revalidateSellerProducts, runSellerAction } from "./action-runner"
import { cooperativeFetch } from "./context"
import { failure, type SellerActionResult } from "./mappers/action-error"
import { toSellerProductView } from "./mappers/product"
import { MAX_CATEGORIES, MAX_IMAGES, MAX_VARIANTS, toProductPayload } from "./mappers/product-payload"
import { sellerProductPath } from "./paths"
import type { ProductFormValues, SellerProductView } from "./product-views"

const field = (max: number) => z.string().max(max)

const valuesSchema = z.object({
  title: field(300),
  titleEn: field(300),
  description: field(10000),
  descriptionEn: field(10000),
  categoryIds: z.array(idSchema).max(MAX_CATEGORIES),
  weight: field(20),
  status: z.enum(["draft", "published"]),
  images: z.array(z.object({ url: z.url().max(1000) })).max(MAX_IMAGES),
  variants: z
    .array(
      z.object({
        key: field(100),
        id: idSchema.nullable(),
        title: field(200),
        sku: field(100),
        price: field(30),
        stock: field(20),
        weight: field(20),
      })
    )
    .min(1)
    .max(MAX_VARIANTS),
}) satisfies z.ZodType<ProductFormValues>

const saveSchema = z.object({ id: idSchema.nullable(), values: valuesSchema, keepStatus: z.boolean() })

/**
 * Creates a product (then opens its editor) or saves an existing one and returns it as the backend now has
 * it, so new variants get their ids — `POST /cooperative/products[/:id]`.
 */
export async function saveProductAction(input: {
  id: string | null
  values: ProductFormValues
  keepStatus: boolean
}): Promise<SellerActionResult<SellerProductView>> {
  const parsed = saveSchema.safeParse(input)
  if (!parsed.success) return failure("invalid_input")
  const { id, values, keepStatus } = parsed.data
  const path = id ? `/cooperative/products/${encodeURIComponent(id)}` : "/cooperative/products"
  const result = await runSellerAction("save product", async () => {
    const body = toProductPayload(values, { keepStatus })
    const { product } = await cooperativeFetch<{ product: unknown }>(path, { method: "POST", body })
    return toSellerProductView(product)
  })
  if (result.error) return result
  revalidateSellerProducts()
  if (!id) return redirect({ href: { pathname: sellerProductPath(result.data.id), query: { created: "1" } }, locale: await getLocale() })
  return result
}

async function changeStatus(input: { id: string }, verb: "archive" | "restore"): Promise<SellerActionResult<SellerProductView>> {
  const parsed = idSchema.safeParse(input.id)
  if (!parsed.success) return failure("invalid_input")
  const result = await runSellerAction(`${verb} product`, async () => {
    const { product } = await cooperativeFetch<{ product: unknown }>(`/cooperative/products/${encodeURIComponent(parsed.data)}/${verb}`, {
      method: "POST",
    })
    return toSellerProductView(product)
  })
  if (!result.error) revalidateSellerProducts()
  return result
}

/** Hides a product from shoppers; its history and orders stay — `POST /cooperative/products/:id/archive`. */
export async function archiveProductAction(input: { id: string }): Promise<SellerActionResult<SellerProductView>> {
  return changeStatus(input, "archive")
}

/** Publishes an archived product again — `POST /cooperative/products/:id/restore`. */
export async function restoreProductAction(input: { id: string }): Promise<SellerActionResult<SellerProductView>> {
  return changeStatus(input, "restore")
}
