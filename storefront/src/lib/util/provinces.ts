/**
 * The 34 provinces and centrally-run cities of Việt Nam since 1 July 2025 (Resolution 202/2025/QH15).
 * The backend validates against the same list; keep the two in the same order and spelling.
 */
export const PROVINCES = [
  "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "TP. Hồ Chí Minh", "Cần Thơ",
  "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
  "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị",
  "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long",
  "Đồng Tháp", "Cà Mau", "An Giang",
] as const

export type Province = (typeof PROVINCES)[number]

/** Whether a string names one of the 34 provinces (compared in Unicode NFC, so NFD input from some keyboards matches). */
export function isProvince(value: string): value is Province {
  return (PROVINCES as readonly string[]).includes(value.normalize("NFC").trim())
}
