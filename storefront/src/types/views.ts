// View types: the only shapes components receive. Built from store API responses in src/lib/data/mappers.

/** How many of a variant a shopper can still buy; `low` is shown as "only N left". */
export type StockState = { kind: "in" } | { kind: "low"; quantity: number } | { kind: "out" }

export type CooperativeRef = { name: string; handle: string }

export type ProductCardView = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** Cheapest variant price, formatted; null when the region has no price. */
  priceLabel: string | null
  /** True when variants cost different amounts, so the label reads "from …". */
  priceVaries: boolean
  inStock: boolean
  cooperative?: CooperativeRef
  /** The product's active OCOP badge, when it has one. */
  ocop?: OcopBadgeView
}

export type VariantView = {
  id: string
  label: string
  priceLabel: string | null
  stock: StockState
  /** Most a shopper may put in the cart at once; null when stock is not tracked. */
  maxQuantity: number | null
}

export type ImageView = { url: string; alt: string }

export type ProductView = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  images: ImageView[]
  /** Name of the product's option, e.g. "Khối lượng" / "Weight". */
  optionTitle: string | null
  variants: VariantView[]
  cooperative?: CooperativeRef
  /** The seller's legal identity, shown on the product page (Decree 52/2013 as amended by 85/2021). */
  seller?: SellerIdentityView
  /** The product's active OCOP badge, when it has one. */
  ocop?: OcopBadgeView
}

/** Who sells a product: name, address, phone and registration number, as the law asks listings to show. */
export type SellerIdentityView = CooperativeRef & {
  commune: string | null
  province: string | null
  /** Street, commune and province on one line; null when none is known. */
  address: string | null
  phone: string | null
  /** `tel:` link for the phone, digits only. */
  phoneHref: string | null
  registrationNumber: string | null
}

/** What a seller card tells of the cooperative beyond its identity: how many products it sells, its OCOP standing. */
export type SellerStatsView = { productCount: number; ocop: OcopSummaryView | null }

/** One way a product reaches the shopper of the current region, as the product page shows it. */
export type DeliveryOptionView = {
  id: string
  /** Shipping option type code (`standard`, `pickup`, `international`), naming the option in the shop's language; null if unknown. */
  code: string | null
  /** The cooperative's own name for the option, shown when the code is not one the shop names. */
  name: string
  /** Formatted price in the region's currency; null when the option is free. */
  priceLabel: string | null
  /** First and last expected delivery day, formatted ("Thứ Năm, 26/11"); null for pickup or without delivery days. */
  window: { from: string; to: string } | null
  /** Street, commune and province where the shopper picks the parcel up; null for delivery. */
  pickupAddress: string | null
}

/** Told once after signing in: how many products came over from the cart the shopper left, and which could not. */
export type CartMergeNoticeView = {
  /** Lines added from the shopper's earlier cart. */
  added: number
  /** Titles of the first lines that could not be added (sold out or no longer sold). */
  notAdded: string[]
  /** How many lines could not be added, all of them. */
  notAddedCount: number
}

export type CategoryView = {
  id: string
  handle: string
  name: string
  description: string | null
}

/** A product collection (Quà Tết, a place's specialities), listed at /collections/<handle>. */
export type CollectionView = {
  id: string
  handle: string
  title: string
  description: string | null
}

export type CooperativeKind = "cooperative" | "cooperative_group" | "cooperative_union"

export type CooperativeView = {
  id: string
  handle: string
  name: string
  kind: CooperativeKind | null
  commune: string | null
  province: string | null
  /** Street, commune and province on one line; null when none is known. */
  address: string | null
  phone: string | null
  /** `tel:` link for the phone, digits only. */
  phoneHref: string | null
  email: string | null
  registrationNumber: string | null
  legalRepresentative: string | null
  /** Year the cooperative was registered, e.g. 2012. */
  foundedYear: number | null
  sectors: string[]
  logoUrl: string | null
  description: string | null
  memberCount: number | null
  productIds: string[]
}

/** A cooperative in the directory: enough to recognise it and decide to open it. */
export type CooperativeCardView = {
  id: string
  handle: string
  name: string
  kind: CooperativeKind | null
  commune: string | null
  province: string | null
  sectors: string[]
  productCount: number
  logoUrl: string | null
  /** Two letters shown when there is no logo, e.g. "CS" for "HTX Cam sành Hàm Yên". */
  initials: string
}

/** One choice of a directory filter and how many cooperatives have it. */
export type FacetOptionView<T extends string = string> = { value: T; count: number }

/** What the directory shows: one page of cooperatives, the total and the filter choices. */
export type DirectoryView = {
  cooperatives: CooperativeCardView[]
  count: number
  facets: {
    communes: FacetOptionView[]
    sectors: FacetOptionView[]
    kinds: FacetOptionView<CooperativeKind>[]
  }
}

/** The directory's search and filters as read from the URL; absent filters are undefined. */
export type DirectoryQuery = {
  q?: string
  commune?: string
  sector?: string
  kind?: CooperativeKind
  page: number
}

export type CartLineView = {
  id: string
  title: string
  variantLabel: string | null
  productHandle: string | null
  thumbnail: string | null
  quantity: number
  unitPriceLabel: string
  totalLabel: string
}

export type CartView = {
  id: string
  /** Sum of line quantities, shown on the header's cart link. */
  itemCount: number
  subtotalLabel: string
  lines: CartLineView[]
}

/** One cooperative's lines in the cart, with what they come to and its shipping (chosen, or the cheapest "from"). */
export type CartGroupView = {
  /** null for lines no cooperative sells any more. */
  cooperativeHandle: string | null
  cooperativeName: string | null
  lines: CartLineView[]
  subtotalLabel: string
  /** null when the cooperative offers no shipping (yet) for this cart. */
  shippingLabel: string | null
  /** true when shipping is the cheapest standard option, before the shopper chose one. */
  shippingFrom: boolean
}

/** The cart page: lines grouped by cooperative, the lines' subtotal, shipping and the grand total. */
export type CartPageView = {
  cart: CartView
  groups: CartGroupView[]
  subtotalLabel: string
  shippingLabel: string | null
  totalLabel: string
  /** true when some shipping is a "from" price or not known yet, so the total is an estimate. */
  estimated: boolean
}

export type RegionView = {
  id: string
  name: string
  currencyCode: string
  countryCodes: string[]
}

/** A page of a listing plus the total count the store API reported. */
export type ListPage<T> = { items: T[]; count: number }

/** OCOP star ratings a certificate can carry. */
export type OcopStars = 3 | 4 | 5

/** A product's active OCOP badge: its best verified certificate that has not reached its expiry day. */
export type OcopBadgeView = {
  stars: OcopStars
  /** "4★, tiềm năng 5★": only ever true with 4 stars. */
  potentialFiveStar: boolean
  /** Product set 1–26 of the OCOP programme. */
  productSetCode: number
  /** The product set's name in the shop's language. */
  productSetName: string
  /** `YYYY-MM-DD`, Vietnam's calendar: the first day the badge is no longer shown. */
  expiresOn: string
}

/** A cooperative's OCOP standing as its page shows it: its best badge and how many of its products carry one. */
export type OcopSummaryView = { best: OcopBadgeView; productCount: number }

/** Orders of the OCOP listing. */
export type OcopSort = "stars_desc" | "stars_asc" | "newest"

/** The OCOP listing's filter, order and page as read from the URL; a null `minStars` means every certified product. */
export type OcopQuery = { minStars: OcopStars | null; sort: OcopSort; page: number }
