import { MedusaError } from "@medusajs/framework/utils"
import { QRPay } from "vietnam-qr-pay"

/** A transfer to a bank account over NAPAS 247 (service QRIBFTTA), as a VietQR code asks a banking app to make it. */
export type VietQrTransfer = {
  /** The bank's six-digit NAPAS BIN. */
  bank_bin: string
  account_number: string
  /** Whole đồng; absent for a static code the payer fills in. */
  amount?: number
  /** What the transfer says it is for, kept by the bank: the order code. */
  purpose?: string
}

/** EMVCo's limits: a purpose of at most 25 characters, an amount of at most 13. */
export const PURPOSE_MAX = 25
const AMOUNT_MAX = 9_999_999_999_999

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * A purpose banks carry unchanged: Vietnamese letters without their marks (đ as d), upper case, letters, digits and
 * single spaces only, cut to 25 characters. Banking apps differ in what else they keep.
 */
export function transferPurpose(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, PURPOSE_MAX)
    .trim()
}

/** The EMVCo payload of a VietQR transfer (CRC-16/CCITT-FALSE included): dynamic when it has an amount, static when not. */
export function vietQrPayload(transfer: VietQrTransfer): string {
  if (!/^\d{6}$/.test(transfer.bank_bin)) throw invalid(`A bank BIN has six digits, not "${transfer.bank_bin}".`)
  if (!/^[0-9A-Za-z]{1,19}$/.test(transfer.account_number)) throw invalid("An account number has 1 to 19 letters or digits.")
  if (transfer.amount !== undefined && !(Number.isSafeInteger(transfer.amount) && transfer.amount > 0 && transfer.amount <= AMOUNT_MAX)) {
    throw invalid(`A VietQR amount is a whole number of đồng above zero, not ${transfer.amount}.`)
  }
  const purpose = transfer.purpose === undefined ? undefined : transferPurpose(transfer.purpose)
  if (purpose === "") throw invalid("A transfer purpose needs at least one letter or digit.")
  return QRPay.initVietQR({
    bankBin: transfer.bank_bin,
    bankNumber: transfer.account_number,
    ...(transfer.amount !== undefined ? { amount: String(transfer.amount) } : {}),
    ...(purpose ? { purpose } : {}),
  }).build()
}

/**
 * The transfer a VietQR payload asks for, or null when it is not one: a bad checksum, another service, or fields
 * whose lengths do not add up (the payload must be exactly what its own fields encode to).
 */
export function readVietQrPayload(payload: string): (VietQrTransfer & { dynamic: boolean }) | null {
  const qr = new QRPay(payload)
  if (!qr.isValid || qr.provider.guid !== "A000000727" || qr.provider.service !== "QRIBFTTA" || qr.currency !== "704" || qr.nation !== "VN") return null
  const { bankBin, bankNumber } = qr.consumer
  if (!bankBin || !bankNumber) return null
  const transfer: VietQrTransfer & { dynamic: boolean } = {
    bank_bin: bankBin,
    account_number: bankNumber,
    dynamic: qr.initMethod === "12",
    ...(qr.amount ? { amount: Number(qr.amount) } : {}),
    ...(qr.additionalData.purpose ? { purpose: qr.additionalData.purpose } : {}),
  }
  try {
    return vietQrPayload(transfer) === payload ? transfer : null
  } catch {
    return null
  }
}
