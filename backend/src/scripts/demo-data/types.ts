/** Shapes of the hand-written demo catalogue that the demo seed turns into Medusa records. */

/** One of the 10+ storefront categories; each follows an OCOP product group / set. */
export type DemoCategory = {
  handle: string
  name_vi: string
  name_en: string
  description_vi: string
  description_en: string
  /** OCOP product set numbers (1–26) this category covers. */
  ocop_sets: number[]
  /** Illustration used for generated product images. */
  art: DemoArt
}

export type DemoArt =
  | "leaf"
  | "drop"
  | "fruit"
  | "bottle"
  | "grain"
  | "meat"
  | "herb"
  | "basket"
  | "cloth"
  | "mushroom"
  | "cake"
  | "flower"

export type CooperativeKind = "cooperative" | "cooperative_group" | "cooperative_union"

export type DemoCooperative = {
  handle: string
  /** Full legal name, e.g. "Hợp tác xã Chè Shan tuyết Lũng Phìn". */
  name: string
  short_name: string
  kind: CooperativeKind
  /** Registration / tax number, 10 digits. */
  registration_number: string
  founded_on: string // YYYY-MM-DD
  legal_representative: string
  phone: string // Vietnamese format, e.g. "0912 345 678" or "0207 3822 123"
  email: string
  street: string
  /** Commune / ward name after the 2025 reform, e.g. "Xã Hàm Yên". */
  commune: string
  province: "Tuyên Quang"
  member_count: number
  sectors: string[]
  description_vi: string
  description_en: string
  products: DemoProduct[]
}

export type DemoProduct = {
  handle: string
  title_vi: string
  title_en: string
  subtitle_vi: string
  subtitle_en: string
  description_vi: string
  description_en: string
  category: string // DemoCategory.handle
  /** Option title shown to shoppers, e.g. "Khối lượng" / "Weight" or "Dung tích" / "Volume". */
  option_vi: string
  option_en: string
  variants: DemoVariant[]
}

export type DemoVariant = {
  /** Option value, e.g. "500 g", "1 kg", "500 ml", "Hộp quà". */
  value: string
  sku: string
  /** VND, whole đồng (zero-decimal), e.g. 185000. */
  price_vnd: number
  /** USD in cents, e.g. 899 = $8.99. */
  price_usd_cents: number
  stock: number
  /** Shipping weight in grams. */
  weight_g: number
}
