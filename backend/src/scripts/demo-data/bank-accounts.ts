import type { DemoCooperative } from "./types"

// Banks most cooperatives in the province bank with (NAPAS BINs): Agribank, Vietcombank, VietinBank, BIDV, LPBank.
const BINS = ["970405", "970436", "970415", "970418", "970449"]

/**
 * A made-up account for a demo cooperative, so VietQR codes can be shown in the demo: a real bank's BIN, an account
 * number built from the cooperative's registration number, and its short name as banks print it (no marks, upper case).
 */
export function demoBankAccount(coop: Pick<DemoCooperative, "registration_number" | "short_name">, index: number) {
  return {
    bank_bin: BINS[index % BINS.length]!,
    bank_account_number: `10${coop.registration_number}`,
    bank_account_holder: coop.short_name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[đĐ]/g, "D")
      .toUpperCase(),
  }
}
