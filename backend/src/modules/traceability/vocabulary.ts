/** What a cooperative can record about a lot; the list is fixed by the shared contract. */
export const EVENT_KINDS = ["harvest", "inspection", "processing", "packing", "storing", "shipping", "receiving", "retail"] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/** EPCIS event types the kinds map to. */
export const EPCIS_EVENT_TYPES = ["ObjectEvent", "TransformationEvent"] as const
export type EpcisEventType = (typeof EPCIS_EVENT_TYPES)[number]

/** How a kind is written in EPCIS 2.0: event type, action, and CBV 2.0 business step and disposition (bare CBV words, as EPCIS JSON-LD uses them). */
export type EventMapping = {
  type: EpcisEventType
  action: "ADD" | "OBSERVE" | null
  biz_step: string
  disposition: string
  name_vi: string
  name_en: string
}

/** Each kind's EPCIS mapping, stored on every recorded event so a later change here never rewrites history. */
export const EVENT_MAPPING: Record<EventKind, EventMapping> = {
  harvest: { type: "ObjectEvent", action: "ADD", biz_step: "commissioning", disposition: "active", name_vi: "Thu hoạch", name_en: "Harvest" },
  inspection: { type: "ObjectEvent", action: "OBSERVE", biz_step: "inspecting", disposition: "conformant", name_vi: "Kiểm tra chất lượng", name_en: "Inspection" },
  processing: { type: "TransformationEvent", action: null, biz_step: "commissioning", disposition: "active", name_vi: "Sơ chế, chế biến", name_en: "Processing" },
  packing: { type: "ObjectEvent", action: "OBSERVE", biz_step: "packing", disposition: "in_progress", name_vi: "Đóng gói", name_en: "Packing" },
  storing: { type: "ObjectEvent", action: "OBSERVE", biz_step: "storing", disposition: "in_progress", name_vi: "Lưu kho", name_en: "Storing" },
  shipping: { type: "ObjectEvent", action: "OBSERVE", biz_step: "shipping", disposition: "in_transit", name_vi: "Vận chuyển", name_en: "Shipping" },
  receiving: { type: "ObjectEvent", action: "OBSERVE", biz_step: "receiving", disposition: "in_progress", name_vi: "Nhận hàng", name_en: "Receiving" },
  retail: { type: "ObjectEvent", action: "OBSERVE", biz_step: "retail_selling", disposition: "retail_sold", name_vi: "Bán lẻ", name_en: "Retail sale" },
}

/** The disposition of an inspection whose result is "fail". */
export const FAILED_INSPECTION_DISPOSITION = "non_conformant"

/** The EPCIS fields of a recorded event of this kind; a failed inspection is non-conformant. */
export function epcisFieldsFor(kind: EventKind, result?: "pass" | "fail") {
  const { type, action, biz_step, disposition } = EVENT_MAPPING[kind]
  return { type, action, biz_step, disposition: kind === "inspection" && result === "fail" ? FAILED_INSPECTION_DISPOSITION : disposition }
}

/** Certifications a lot can carry; `other` needs a name. */
export const CERTIFICATION_KINDS = ["vietgap", "globalgap", "organic_vn", "organic_eu", "organic_usda", "haccp", "iso22000", "other"] as const
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number]

/** Names of the certification kinds. */
export const CERTIFICATION_NAMES: Record<CertificationKind, { name_vi: string; name_en: string }> = {
  vietgap: { name_vi: "VietGAP", name_en: "VietGAP" },
  globalgap: { name_vi: "GlobalG.A.P.", name_en: "GlobalG.A.P." },
  organic_vn: { name_vi: "Hữu cơ Việt Nam (TCVN 11041)", name_en: "Vietnamese organic (TCVN 11041)" },
  organic_eu: { name_vi: "Hữu cơ EU", name_en: "EU organic" },
  organic_usda: { name_vi: "Hữu cơ USDA", name_en: "USDA organic" },
  haccp: { name_vi: "HACCP", name_en: "HACCP" },
  iso22000: { name_vi: "ISO 22000", name_en: "ISO 22000" },
  other: { name_vi: "Chứng nhận khác", name_en: "Other certification" },
}

/** Units a lot's quantity is counted in, with their UN/ECE Recommendation 20 code for EPCIS quantities. */
export const UNITS = [
  { code: "kg", uom: "KGM", name_vi: "kg", name_en: "kg" },
  { code: "g", uom: "GRM", name_vi: "gam", name_en: "gram" },
  { code: "t", uom: "TNE", name_vi: "tấn", name_en: "tonne" },
  { code: "l", uom: "LTR", name_vi: "lít", name_en: "litre" },
  { code: "ml", uom: "MLT", name_vi: "ml", name_en: "millilitre" },
  { code: "piece", uom: "H87", name_vi: "cái, quả", name_en: "piece" },
  { code: "box", uom: "XBX", name_vi: "hộp", name_en: "box" },
  { code: "carton", uom: "XCT", name_vi: "thùng", name_en: "carton" },
  { code: "bottle", uom: "XBO", name_vi: "chai", name_en: "bottle" },
  { code: "jar", uom: "XJR", name_vi: "hũ", name_en: "jar" },
  { code: "bag", uom: "XBG", name_vi: "túi", name_en: "bag" },
  { code: "packet", uom: "XPA", name_vi: "gói", name_en: "packet" },
] as const
export type UnitCode = (typeof UNITS)[number]["code"]

/** Unit codes a lot may use. */
export const UNIT_CODES = UNITS.map((u) => u.code) as [UnitCode, ...UnitCode[]]

/** UN/ECE Rec 20 code of a unit, or null for a unit this list does not know. */
export const uomOf = (unit: string) => UNITS.find((u) => u.code === unit)?.uom ?? null
