// View types of trade fairs: the fair list, one fair, one booth and the trade inquiry form. Built in ./mappers/fair.ts
// and ./mappers/trade-lead.ts; nothing here loads a library, so client components may import it.

/** Where a fair stands now, as a visitor sees it: before its start, running, or over. */
export type FairPhaseView = "upcoming" | "live" | "ended"

/** How a fair is held: online only, at a venue only, or both. */
export type FairKind = "online" | "venue" | "both"

/** The three parts of the fair list, in the order the page shows them. */
export const FAIR_SECTIONS = ["live", "upcoming", "past"] as const
export type FairSection = (typeof FAIR_SECTIONS)[number]

/** A fair in the list: enough to recognise it and decide to open it. */
export type FairCardView = {
  slug: string
  name: string
  kind: FairKind
  /** Venue name and address on one line; null for an online fair. */
  venue: string | null
  /** ISO instants, formatted by the page in Việt Nam's time zone. */
  startsAt: string
  endsAt: string
  phase: FairPhaseView
}

/** A booth: its code and the cooperative behind it. */
export type FairBoothView = {
  code: string
  cooperative: {
    handle: string
    name: string
    /** "Xã Hàm Yên, Tuyên Quang"; null when neither is known. */
    place: string | null
    commune: string | null
    province: string | null
    logoUrl: string | null
  }
}

/** One fair's page: its details and its booths, by code. */
export type FairView = FairCardView & {
  description: string | null
  organiser: string | null
  bannerUrl: string | null
  booths: FairBoothView[]
}

/** A shop category a featured product is filed under, for the fair page's category filter. */
export type FairCategoryView = { handle: string; name: string }

/** A product a booth features, at its regular price and its fair price. */
export type FairProductView = {
  boothCode: string
  cooperativeName: string
  productId: string
  handle: string
  title: string
  thumbnail: string | null
  variantId: string
  /** The variant's name when the product has several, e.g. "Hộp 500 g". */
  variantTitle: string | null
  /** null when the variant has no regular price in đồng. */
  regularPriceLabel: string | null
  fairPriceLabel: string
  /** Whole percent off the regular price, e.g. 10; null when there is no saving. */
  percentOff: number | null
  categories: FairCategoryView[]
}

/** The fair list page: each section's fairs. */
export type FairsOverview = Record<FairSection, FairCardView[]>

/** The fields of the trade inquiry form a visitor fills in, in the order the form shows them. */
export const TRADE_LEAD_FIELDS = ["product_id", "quantity", "target_market", "company", "contact_name", "email", "phone", "message"] as const
export type TradeLeadField = (typeof TRADE_LEAD_FIELDS)[number]

/** The hidden field people never see; a form-filling robot fills it and the backend then keeps nothing. */
export const HONEYPOT_FIELD = "website"

/** Shortest and longest text the backend accepts per field; the form stops at the longest too. */
export const TRADE_LEAD_LIMITS = {
  quantity: { min: 1, max: 100 },
  target_market: { min: 2, max: 100 },
  company: { min: 2, max: 200 },
  contact_name: { min: 2, max: 100 },
  email: { min: 3, max: 254 },
  phone: { min: 6, max: 20 },
  message: { min: 10, max: 2000 },
} as const

/**
 * Where an inquiry is sent from: always the cooperative (its handle); a product page adds the product, a booth page
 * the fair and the booth.
 */
export type TradeLeadContext = { cooperative: string; productId?: string; fairSlug?: string; boothCode?: string }

/** Why sending failed; the form shows the backend's sentence when it gave one, else `TradeInquiry.errors.<code>`. */
export type TradeLeadErrorCode = "invalid_input" | "rejected" | "not_found" | "too_many" | "failed"

/** What the inquiry action returns instead of throwing; `fields` names the fields to correct. */
export type TradeLeadActionResult =
  | { error: null }
  | { error: { code: TradeLeadErrorCode; message: string | null }; fields?: TradeLeadField[] }
