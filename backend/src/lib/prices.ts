/** The USD price (in dollars, 2 decimals, rounded up to the cent) of a VND price at the given rate. */
export function usdFromVnd(vnd: number, vndPerUsd: number): number {
  const cents = Math.ceil((vnd * 100) / vndPerUsd)
  return cents / 100
}

/** Medusa price rows for a cooperative's VND price: VND as given, USD for buyers abroad. */
export function variantPrices(vnd: number, vndPerUsd: number) {
  return [
    { currency_code: "vnd", amount: vnd },
    { currency_code: "usd", amount: usdFromVnd(vnd, vndPerUsd) },
  ]
}
