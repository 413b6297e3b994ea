import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { regularAmount, type VariantPrice } from "../pricing/regular-price"

type BoothRow = {
  id: string
  code: string | null
  status: string
  reject_reason: string | null
  created_at: string | Date
  cooperative?: { id: string; handle: string; name: string; status: string } | null
  products?: ({
    id: string
    fair_price: number | string
    product_variant?: { id: string; title: string | null; prices?: (VariantPrice | null)[] | null; product?: { id: string; title: string } | null } | null
  } | null)[]
}

/**
 * A fair's booths for operators: every status, with the cooperative's name and status and the products it applied
 * with (fair and regular price in đồng, so an application can be judged), by booth code then age.
 */
export async function listAdminBooths(scope: MedusaContainer, fairId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booth",
    fields: [
      "id",
      "code",
      "status",
      "reject_reason",
      "created_at",
      "cooperative.id",
      "cooperative.handle",
      "cooperative.name",
      "cooperative.status",
      "products.id",
      "products.fair_price",
      "products.product_variant.id",
      "products.product_variant.title",
      "products.product_variant.prices.amount",
      "products.product_variant.prices.currency_code",
      "products.product_variant.prices.rules_count",
      "products.product_variant.prices.price_list_id",
      "products.product_variant.product.id",
      "products.product_variant.product.title",
    ],
    filters: { fair_id: fairId },
  })
  return (data as unknown as BoothRow[])
    .map((b) => ({
      id: b.id,
      code: b.code,
      status: b.status,
      reject_reason: b.reject_reason,
      created_at: b.created_at,
      cooperative: b.cooperative ?? null,
      products: (b.products ?? []).flatMap((p) =>
        p?.product_variant
          ? [
              {
                id: p.id,
                variant_id: p.product_variant.id,
                title: p.product_variant.product?.title ?? "",
                variant_title: p.product_variant.title,
                fair_price: MathBN.convert(p.fair_price).toNumber(),
                regular_price: regularAmount(p.product_variant.prices, "vnd"),
              },
            ]
          : []
      ),
    }))
    .sort((a, b) => (a.code ?? "~").localeCompare(b.code ?? "~") || new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
}
