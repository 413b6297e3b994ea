// View types of the seller's product pages.

export type SellerProductStatus = "draft" | "published" | "archived"

/** A row of the product list. */
export type SellerProductRow = {
  id: string
  title: string
  status: SellerProductStatus
  thumbnail: string | null
  /** Cheapest variant price, formatted; null when no variant has one. */
  priceLabel: string | null
  stockTotal: number
  variantCount: number
  updatedLabel: string | null
}

/** A variant row of the editor; numbers stay strings until the server action parses them. */
export type VariantFormRow = {
  /** Stable React key for rows that have no id yet. */
  key: string
  id: string | null
  title: string
  sku: string
  price: string
  stock: string
  weight: string
}

export type ProductImageValue = { url: string }

/** What the product editor edits; also the input of the save action. */
export type ProductFormValues = {
  title: string
  titleEn: string
  description: string
  descriptionEn: string
  categoryIds: string[]
  weight: string
  status: "draft" | "published"
  images: ProductImageValue[]
  variants: VariantFormRow[]
}

export type SellerProductView = {
  id: string
  handle: string | null
  status: SellerProductStatus
  values: ProductFormValues
}

export type CategoryOption = { id: string; name: string }
