/** A variant as a cooperative describes it: VND price and stock at its own location. */
export type CooperativeVariantInput = { id?: string; title: string; sku?: string | null; price_vnd: number; stock: number; weight?: number | null }

/** A product as a cooperative describes it, in Vietnamese with optional English. */
export type CooperativeProductInput = {
  title: string
  title_en?: string | null
  description: string
  description_en?: string | null
  category_ids: string[]
  weight?: number | null
  images: { url: string }[]
  status?: "draft" | "published"
  variants: CooperativeVariantInput[]
}

/** The single product option whose values are the variant titles. */
export const VARIANT_OPTION = "Loại"
