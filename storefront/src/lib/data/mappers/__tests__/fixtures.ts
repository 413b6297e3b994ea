import type { HttpTypes } from "@medusajs/types"

type VariantInput = {
  id: string
  value: string
  amount: number | null
  currency?: string
  stock?: number | null
  rank?: number
  manage_inventory?: boolean
}

/** A store variant shaped like `GET /store/products` returns it with our `fields`. */
export function variant(input: VariantInput): HttpTypes.StoreProductVariant {
  return {
    id: input.id,
    title: input.value,
    variant_rank: input.rank ?? 0,
    manage_inventory: input.manage_inventory ?? true,
    allow_backorder: false,
    inventory_quantity: input.stock === undefined ? 50 : input.stock,
    options: [{ id: `optval_${input.id}`, value: input.value }],
    calculated_price:
      input.amount === null
        ? undefined
        : {
            id: `price_${input.id}`,
            calculated_amount: input.amount,
            original_amount: input.amount,
            original_amount_with_tax: input.amount,
            original_amount_without_tax: input.amount,
            currency_code: input.currency ?? "vnd",
          },
  } as HttpTypes.StoreProductVariant
}

/** Cam sành Hàm Yên with two weights, English in metadata, linked to its cooperative. */
export function orangeProduct(overrides: Partial<HttpTypes.StoreProduct> = {}): HttpTypes.StoreProduct {
  return {
    id: "prod_cam",
    handle: "cam-sanh-ham-yen",
    title: "Cam sành Hàm Yên",
    subtitle: "Cam sành chín cây",
    description: "Cam trồng trên đồi Hàm Yên.",
    thumbnail: "http://localhost:9000/static/cam-1.jpg",
    metadata: {
      title_en: "Hàm Yên King orange",
      subtitle_en: "Tree-ripened King oranges",
      description_en: "Grown on the hills of Hàm Yên.",
      option_en: "Weight",
    },
    options: [{ id: "opt_weight", title: "Khối lượng" }],
    images: [
      { id: "img_2", url: "http://localhost:9000/static/cam-2.jpg", rank: 1 },
      { id: "img_1", url: "http://localhost:9000/static/cam-1.jpg", rank: 0 },
    ],
    variants: [
      variant({ id: "var_5kg", value: "5 kg", amount: 200000, stock: 4, rank: 1 }),
      variant({ id: "var_1kg", value: "1 kg", amount: 45000, stock: 120, rank: 0 }),
    ],
    cooperative: { id: "coop_1", name: "Hợp tác xã Cam sành Phù Lưu", handle: "htx-cam-sanh-phu-luu" },
    ...overrides,
  } as unknown as HttpTypes.StoreProduct
}
