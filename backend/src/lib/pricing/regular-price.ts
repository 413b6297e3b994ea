/** A price as query.graph returns it for a variant. */
export type VariantPrice = { amount: number | string; currency_code: string; rules_count?: number | null; price_list_id?: string | null }

/** A variant's regular price in a currency: not a price list's (sales, fair prices) and not one tied to rules (quantity, region). */
export const isRegularPrice = (price: VariantPrice | null | undefined, currency: string): price is VariantPrice =>
  !!price && price.currency_code === currency && !price.rules_count && !price.price_list_id

/** The regular amount in a currency, or null when the variant has none. */
export function regularAmount(prices: (VariantPrice | null)[] | null | undefined, currency: string): number | null {
  const price = (prices ?? []).find((p) => isRegularPrice(p, currency))
  return price ? Number(price.amount) : null
}
