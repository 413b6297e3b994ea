import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** Digits of a currency's minor unit, as Intl knows them: VND 0, USD 2. */
export function currencyDigits(currencyCode: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2
}

/** A Medusa amount (main units: 125000 đồng, 12.5 dollars) as whole minor units (125000, 1250), half a unit rounded up. */
export function toMinorUnits(amount: BigNumberInput, currencyCode: string): number {
  // bignumber.js rounds half up by default.
  const minor = MathBN.convert(amount).shiftedBy(currencyDigits(currencyCode)).integerValue()
  if (!minor.isFinite() || minor.abs().gt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${JSON.stringify(amount)} ${currencyCode} is not an amount of money that can be added up.`)
  return minor.toNumber()
}

/** Whole minor units back in main units, as Medusa and the rest of the API give money: 1250 US cents → 12.5. */
export function fromMinorUnits(minor: number, currencyCode: string): number {
  return MathBN.convert(minor).shiftedBy(-currencyDigits(currencyCode)).toNumber()
}

/** An amount written exactly with its currency's digits, for files: 12.5 USD → "12.50", 125000 VND → "125000". */
export function amountText(amount: BigNumberInput, currencyCode: string): string {
  const digits = currencyDigits(currencyCode)
  return MathBN.convert(toMinorUnits(amount, currencyCode)).shiftedBy(-digits).toFixed(digits)
}
