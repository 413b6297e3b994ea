import { readVietQrPayload, transferPurpose, vietQrPayload } from "../payload"
import { bankName, orderTransfer } from "../transfer"

/** The NAPAS reference in docs: static code, BIN 970403, account 0011012345678, CRC F4E5. */
const REFERENCE = "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304F4E5"

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection), written out here so the encoder's is checked by another. */
function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

/** Splits EMVCo TLV text into [id, value] pairs, refusing a length that runs past the end. */
function tlv(text: string): [string, string][] {
  const fields: [string, string][] = []
  for (let i = 0; i < text.length; ) {
    const id = text.slice(i, i + 2)
    const length = Number(text.slice(i + 2, i + 4))
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length) || i + 4 + length > text.length) throw new Error(`bad field at ${i}`)
    fields.push([id, text.slice(i + 4, i + 4 + length)])
    i += 4 + length
  }
  return fields
}

describe("VietQR payloads", () => {
  it("checks the NAPAS reference's checksum the same way", () => {
    expect(crc16(REFERENCE.slice(0, -4))).toBe("F4E5")
    expect(vietQrPayload({ bank_bin: "970403", account_number: "001101234567" }).slice(-8, -4)).toBe("6304")
  })

  it("encodes the reference's fields as the reference does, except the account length the reference gets wrong", () => {
    // The reference declares its account field 12 characters long ("0112") but carries 13 digits; a correct encoder
    // writes "0113" (and so the outer lengths and the checksum follow). Everything else is byte for byte the same.
    const ours = vietQrPayload({ bank_bin: "970403", account_number: "0011012345678" })
    expect(ours).toBe("00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN6304" + crc16(ours.slice(0, -4)))
    expect(ours.slice(0, -4).replace("01130011012345678", "01120011012345678")).toBe(REFERENCE.slice(0, -4))
    expect(readVietQrPayload(REFERENCE)).toBeNull()
  })

  it("encodes a dynamic transfer field by field, with an exact amount and the order code", () => {
    const payload = vietQrPayload({ bank_bin: "970436", account_number: "0071000123456", amount: 1_250_000, purpose: "HTX DH1042" })
    const fields = Object.fromEntries(tlv(payload))
    expect(fields["00"]).toBe("01")
    expect(fields["01"]).toBe("12")
    expect(tlv(fields["38"]!)).toEqual([
      ["00", "A000000727"],
      ["01", "00069704360113" + "0071000123456"],
      ["02", "QRIBFTTA"],
    ])
    expect(fields["53"]).toBe("704")
    expect(fields["54"]).toBe("1250000")
    expect(fields["58"]).toBe("VN")
    expect(tlv(fields["62"]!)).toEqual([["08", "HTX DH1042"]])
    expect(fields["63"]).toBe(crc16(payload.slice(0, -4)))
  })

  it("decodes what it encodes", () => {
    const transfer = { bank_bin: "970422", account_number: "9704229999", amount: 87_000, purpose: "HTX DH7" }
    expect(readVietQrPayload(vietQrPayload(transfer))).toEqual({ ...transfer, dynamic: true })
    expect(readVietQrPayload(vietQrPayload({ bank_bin: "970422", account_number: "12345" }))).toEqual({ bank_bin: "970422", account_number: "12345", dynamic: false })
  })

  it("refuses a payload whose checksum or lengths are wrong", () => {
    const payload = vietQrPayload({ bank_bin: "970422", account_number: "9704229999", amount: 87_000, purpose: "HTX DH7" })
    expect(readVietQrPayload(payload.replace("87000", "97000"))).toBeNull()
    expect(readVietQrPayload(payload.slice(0, -1) + (payload.endsWith("0") ? "1" : "0"))).toBeNull()
    expect(readVietQrPayload("not a code")).toBeNull()
  })

  it("writes a purpose banks keep: no marks, đ as D, upper case, 25 characters at most", () => {
    expect(transferPurpose("Đơn hàng #1042 – HTX Mèo Vạc")).toBe("DON HANG 1042 HTX MEO VAC")
    expect(transferPurpose("thanh toán đơn DH1042 của hợp tác xã chè")).toHaveLength(25)
    expect(tlv(Object.fromEntries(tlv(vietQrPayload({ bank_bin: "970422", account_number: "1", amount: 1, purpose: "Chè Shan tuyết" })))["62"]!)).toEqual([["08", "CHE SHAN TUYET"]])
  })

  it("refuses what no bank would accept", () => {
    expect(() => vietQrPayload({ bank_bin: "97042", account_number: "1" })).toThrow(/six digits/)
    expect(() => vietQrPayload({ bank_bin: "970422", account_number: "12 34" })).toThrow(/1 to 19/)
    expect(() => vietQrPayload({ bank_bin: "970422", account_number: "1".repeat(20) })).toThrow(/1 to 19/)
    for (const amount of [0, -5, 1.5, 10_000_000_000_000, Number.NaN]) {
      expect(() => vietQrPayload({ bank_bin: "970422", account_number: "1", amount })).toThrow(/whole number/)
    }
    expect(() => vietQrPayload({ bank_bin: "970422", account_number: "1", amount: 1, purpose: "###" })).toThrow(/purpose/)
  })
})

describe("order transfers", () => {
  it("pay the order's total into the cooperative's account, with the order code as purpose", () => {
    const transfer = orderTransfer({ display_id: 1042, total: 455_000 }, { bank_bin: "970436", account_number: "0071000123456", account_holder: "HTX CHE SHAN TUYET" })
    expect(transfer).toMatchObject({ bank_name: "Vietcombank", amount: 455_000, purpose: "HTXMARKET DH1042", account_number: "0071000123456" })
    expect(readVietQrPayload(transfer.payload)).toEqual({ bank_bin: "970436", account_number: "0071000123456", amount: 455_000, purpose: "HTXMARKET DH1042", dynamic: true })
  })

  it("name a bank by its BIN, and no bank for a BIN no one has", () => {
    expect(bankName("970415")).toBe("VietinBank")
    expect(bankName("999999")).toBeNull()
  })
})
