/**
 * The legal basis of OCOP ratings. Later decisions may amend it: it is data, and the validity period and the
 * product sets below follow it.
 */
export const OCOP_LEGAL_BASIS = {
  name: "Quyết định 148/QĐ-TTg (2023)",
  title_vi: "Bộ Tiêu chí và Quy trình đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm",
  title_en: "Criteria and procedure for assessing and rating products of the One Commune One Product programme",
  /** A certificate is valid this many months from its issue day. */
  validity_months: 36,
  /** The ratings a certificate can carry: 3★ and 4★ granted by the province, 5★ nationally. */
  stars: [3, 4, 5] as const,
} as const

/** An OCOP star rating. */
export type OcopStars = (typeof OCOP_LEGAL_BASIS.stars)[number]

/** The six product groups, in the decision's order. */
export const OCOP_PRODUCT_GROUPS = [
  { code: "I", name_vi: "Thực phẩm", name_en: "Food" },
  { code: "II", name_vi: "Đồ uống", name_en: "Drinks" },
  { code: "III", name_vi: "Thảo dược", name_en: "Herbs" },
  { code: "IV", name_vi: "Thủ công mỹ nghệ", name_en: "Handicrafts" },
  { code: "V", name_vi: "Sinh vật cảnh", name_en: "Ornamental flowers, plants and animals" },
  { code: "VI", name_vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", name_en: "Community and eco-tourism services" },
] as const

/** A product group's code, I to VI. */
export type OcopProductGroup = (typeof OCOP_PRODUCT_GROUPS)[number]["code"]

/** One of the 26 product sets a certificate is rated in. */
export type OcopProductSet = { code: number; group: OcopProductGroup; name_vi: string; name_en: string }

/** The 26 product sets, numbered as in the decision. */
export const OCOP_PRODUCT_SETS: readonly OcopProductSet[] = [
  { code: 1, group: "I", name_vi: "Rau, củ, quả, hạt tươi", name_en: "Fresh vegetables, tubers, fruit and nuts" },
  { code: 2, group: "I", name_vi: "Thịt, thủy sản, trứng, sữa tươi", name_en: "Fresh meat, seafood, eggs and milk" },
  { code: 3, group: "I", name_vi: "Gạo, ngũ cốc, hạt sơ chế", name_en: "Rice, cereals and pre-processed grains" },
  { code: 4, group: "I", name_vi: "Mật ong, sirô và nông sản thực phẩm khác", name_en: "Honey, syrups and other agri-food products" },
  { code: 5, group: "I", name_vi: "Thực phẩm ăn nhanh", name_en: "Fast food" },
  { code: 6, group: "I", name_vi: "Chế biến từ gạo, ngũ cốc", name_en: "Processed from rice and cereals" },
  { code: 7, group: "I", name_vi: "Chế biến từ rau, củ, quả, hạt", name_en: "Processed from vegetables, fruit and nuts" },
  { code: 8, group: "I", name_vi: "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong", name_en: "Processed from meat, eggs, milk, seafood and honey" },
  { code: 9, group: "I", name_vi: "Tương, nước mắm, gia vị dạng lỏng", name_en: "Soy sauce, fish sauce and liquid seasonings" },
  { code: 10, group: "I", name_vi: "Gia vị khác", name_en: "Other spices" },
  { code: 11, group: "I", name_vi: "Chè", name_en: "Tea" },
  { code: 12, group: "I", name_vi: "Trà thảo dược", name_en: "Herbal tea" },
  { code: 13, group: "I", name_vi: "Cà phê, ca cao", name_en: "Coffee and cocoa" },
  { code: 14, group: "II", name_vi: "Rượu trắng", name_en: "Rice spirit" },
  { code: 15, group: "II", name_vi: "Đồ uống có cồn khác", name_en: "Other alcoholic drinks" },
  { code: 16, group: "II", name_vi: "Nước khoáng, nước uống đóng chai", name_en: "Mineral and bottled water" },
  { code: 17, group: "II", name_vi: "Đồ uống không cồn khác", name_en: "Other soft drinks" },
  { code: 18, group: "III", name_vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền", name_en: "Functional foods and traditional medicines" },
  { code: 19, group: "III", name_vi: "Mỹ phẩm từ thảo dược", name_en: "Herbal cosmetics" },
  { code: 20, group: "III", name_vi: "Tinh dầu và thảo dược khác", name_en: "Essential oils and other herbs" },
  { code: 21, group: "IV", name_vi: "Thủ công mỹ nghệ gia dụng, trang trí", name_en: "Household and decorative handicrafts" },
  { code: 22, group: "IV", name_vi: "Vải, may mặc", name_en: "Fabric and garments" },
  { code: 23, group: "V", name_vi: "Hoa", name_en: "Flowers" },
  { code: 24, group: "V", name_vi: "Cây cảnh", name_en: "Ornamental plants" },
  { code: 25, group: "V", name_vi: "Động vật cảnh", name_en: "Ornamental animals" },
  { code: 26, group: "VI", name_vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và du lịch nông thôn", name_en: "Community, eco and rural tourism" },
]

const BY_CODE = new Map(OCOP_PRODUCT_SETS.map((set) => [set.code, set]))

/** The product set with this number, or undefined. */
export function productSet(code: number): OcopProductSet | undefined {
  return BY_CODE.get(code)
}
