import { BanksObject } from "vietnam-qr-pay"
import { transferPurpose, vietQrPayload } from "./payload"

const BANK_BY_BIN = new Map(Object.values(BanksObject).map((bank) => [bank.bin, bank]))

/** A bank's short name from its NAPAS BIN ("970436" → "Vietcombank"), or null for a BIN the list does not know. */
export function bankName(bin: string): string | null {
  return BANK_BY_BIN.get(bin)?.shortName ?? null
}

/** The code a transfer for an order says it is for, so the cooperative sees at a glance which order was paid. */
export const orderTransferPurpose = (displayId: number) => transferPurpose(`HTXMARKET DH${displayId}`)

/** What a shopper needs to pay one cooperative's order by bank transfer: the code to scan and the same written out. */
export type OrderTransfer = {
  bank_bin: string
  bank_name: string | null
  account_number: string
  account_holder: string | null
  amount: number
  purpose: string
  payload: string
}

/** The VietQR transfer for an order: to the account the cooperative had when the order was placed, for the order's total. */
export function orderTransfer(order: { display_id: number; total: number }, account: { bank_bin: string; account_number: string; account_holder: string | null }): OrderTransfer {
  const purpose = orderTransferPurpose(order.display_id)
  return {
    bank_bin: account.bank_bin,
    bank_name: bankName(account.bank_bin),
    account_number: account.account_number,
    account_holder: account.account_holder,
    amount: order.total,
    purpose,
    payload: vietQrPayload({ bank_bin: account.bank_bin, account_number: account.account_number, amount: order.total, purpose }),
  }
}
