// View types of the seller's fair pages: the fairs it can join, its booth, its figures and its application. Built in
// ./mappers/fair.ts; nothing here loads a library, so client components may import it.

import type { FairKind } from "../fair-views"

/** Where a fair stands for a cooperative: taking applications, published and coming, or running now. */
export type SellerFairPhase = "open" | "upcoming" | "live"

/** Where the cooperative's booth stands: invited by the organiser, applied for, approved or rejected. */
export type SellerBoothStatus = "invited" | "applied" | "approved" | "rejected"

/** A product the booth features, at its fair price. */
export type SellerBoothProduct = { variantId: string | null; title: string; variantTitle: string | null; fairPriceLabel: string }

/** The cooperative's own booth at a fair. */
export type SellerBoothView = {
  status: SellerBoothStatus
  /** The booth's code ("A12"), given on approval. */
  code: string | null
  /** Why the organiser rejected the application. */
  rejectReason: string | null
  products: SellerBoothProduct[]
}

/** A fair the cooperative can join, with its own booth or null. */
export type SellerFairView = {
  id: string
  slug: string
  name: string
  kind: FairKind
  /** Venue name and address on one line; null for an online fair. */
  venue: string | null
  /** ISO instants, formatted by the page in Việt Nam's time zone. */
  startsAt: string
  endsAt: string
  /** When applications close; null when the organiser set no deadline. */
  deadline: string | null
  phase: SellerFairPhase
  booth: SellerBoothView | null
  /** Whether the cooperative may send an application now (no booth or only an invitation, open, before the deadline). */
  canApply: boolean
}

/** One row of a booth's figures: a day's or the total. Revenue is formatted in đồng. */
export type BoothFiguresRow = { visits: number; orders: number; revenueLabel: string; leads: number }

/** The cooperative's booth figures at a fair, in total and per day (days in Việt Nam, oldest first). */
export type BoothReportView = {
  code: string
  total: BoothFiguresRow
  days: (BoothFiguresRow & { day: string; dayLabel: string })[]
}

/** One of the cooperative's published variants the booth may feature, at its regular price in đồng. */
export type FairVariantOption = {
  variantId: string
  productTitle: string
  /** The variant's name when the product has several, e.g. "Hộp 500 g". */
  variantTitle: string | null
  regularPrice: number
  regularPriceLabel: string
}

/** What the application form edits; also the input of the apply action. Prices stay as typed until checked. */
export type FairApplicationValues = { items: { variantId: string; fairPrice: string }[] }

/** The first thing the application still needs, named after its message in `SellerFairs.problems`. */
export type FairApplicationProblem = "noItems" | "tooManyItems" | "unknownVariant" | "priceMissing" | "priceNotWhole" | "priceAboveRegular"

/** A problem and the variant it is about, if any. */
export type FairApplicationIssue = { problem: FairApplicationProblem; variantId: string | null }

/** A business buyer's inquiry to the cooperative, as its list shows it. */
export type SellerTradeLeadView = {
  id: string
  company: string
  contactName: string
  email: string
  phone: string | null
  quantity: string
  targetMarket: string
  message: string
  /** The product asked about, when the inquiry names one. */
  productTitle: string | null
  /** The fair's name when it is one the cooperative can still see; null otherwise. */
  fairName: string | null
  boothCode: string | null
  sentLabel: string
  answered: boolean
  answer: string | null
  answeredLabel: string | null
}
