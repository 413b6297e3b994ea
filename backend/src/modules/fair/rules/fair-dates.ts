/** What is wrong with a fair's times, or null: it ends after it starts, and applications close by its start. */
export function fairDatesProblem(fair: { starts_at: Date; ends_at: Date; application_deadline?: Date | null }): string | null {
  if (fair.ends_at.getTime() <= fair.starts_at.getTime()) return "A fair must end after it starts (ends_at is not after starts_at)."
  if (fair.application_deadline && fair.application_deadline.getTime() > fair.starts_at.getTime()) {
    return "Applications must close before the fair starts (application_deadline is after starts_at)."
  }
  return null
}

/** What is wrong with a fair price, or null: a whole amount of đồng from zero up to the product's regular price. */
export function fairPriceProblem(fairPrice: number, regularPrice: number | null, productTitle: string): string | null {
  if (!Number.isSafeInteger(fairPrice) || fairPrice < 0) return `The fair price of ${productTitle} must be a whole number of đồng, zero or more.`
  if (regularPrice === null) return `${productTitle} has no regular price in đồng to compare the fair price with.`
  if (fairPrice > regularPrice) return `The fair price of ${productTitle} (${fairPrice} ₫) is above its regular price (${regularPrice} ₫).`
  return null
}
