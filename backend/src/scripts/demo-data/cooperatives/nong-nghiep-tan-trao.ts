import type { DemoCooperative } from "../types"
import { PACK, VOLUME, WEIGHT, variant } from "./helpers"

/** Rice, tea and farm produce cooperative of Tân Trào. */
export const nongNghiepTanTrao: DemoCooperative = {
  handle: "htx-nong-nghiep-tan-trao",
  name: "Hợp tác xã Nông nghiệp Tân Trào",
  short_name: "HTX Nông nghiệp Tân Trào",
  kind: "cooperative",
  registration_number: "5002673915",
  founded_on: "2014-08-19",
  legal_representative: "Lê Văn Bình",
  phone: "0915 327 846",
  email: "lienhe@nongsantantrao.vn",
  street: "Thôn Tân Lập",
  commune: "Xã Tân Trào",
  province: "Tuyên Quang",
  member_count: 68,
  sectors: ["lúa gạo", "chè", "chăn nuôi", "bánh truyền thống"],
  description_vi:
    "Hợp tác xã ở vùng di tích lịch sử Tân Trào, liên kết các hộ trồng lúa, chè và chăn nuôi gà đồi. Hợp tác xã làm dịch vụ làm đất, cung ứng giống và bao tiêu sản phẩm cho thành viên. Một phần sản phẩm được bán tại các điểm du lịch trong vùng.",
  description_en:
    "A cooperative in the historic Tân Trào area that brings together households growing rice and tea and raising hill chickens. It provides ploughing services and seed to members and buys their produce. Part of the output is sold at tourist sites around the area.",
  products: [
    {
      handle: "gao-bao-thai-tan-trao",
      title_vi: "Gạo Bao Thai Tân Trào",
      title_en: "Tân Trào Bao Thai rice",
      subtitle_vi: "Gạo ruộng thung lũng, cơm dẻo vừa",
      subtitle_en: "Valley-field rice, pleasantly soft",
      description_vi:
        "Lúa Bao Thai được cấy trên những cánh đồng thung lũng dưới chân núi, tưới bằng nước suối. Gạo hạt nhỏ, cơm dẻo vừa và để nguội không bị cứng. Xay xát theo đơn hàng để giữ gạo mới.",
      description_en:
        "Bao Thai rice is planted in valley fields at the foot of the mountains and watered by streams. The grains are small and the cooked rice pleasantly soft, staying tender when cool. Milled to order to keep it fresh.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [
        variant("5 kg", "TT-BAOTHAI-5KG", 150000, 190, 5100),
        variant("10 kg", "TT-BAOTHAI-10KG", 290000, 80, 10200),
      ],
    },
    {
      handle: "com-lua-nep-tan-trao",
      title_vi: "Cốm lúa nếp",
      title_en: "Young green rice flakes",
      subtitle_vi: "Cốm giã tay từ lúa nếp non",
      subtitle_en: "Hand-pounded from young sticky rice",
      description_vi:
        "Lúa nếp được gặt khi hạt còn ngậm sữa, rang trên chảo gang rồi giã trong cối gỗ và sàng sạch vỏ. Cốm màu xanh non, dẻo và thơm mùi lúa mới. Chỉ có vào mùa thu; dùng ăn ngay hoặc làm chả cốm, chè cốm.",
      description_en:
        "Sticky rice is harvested while the grains are still milky, toasted in a cast-iron pan, pounded in a wooden mortar and winnowed. The flakes are pale green, tender and smell of new rice. Autumn only; eat as they are or use in cốm patties and sweet soups.",
      category: "banh-dac-san-tu-gao",
      ...WEIGHT,
      variants: [variant("500 g", "TT-COM-500", 90000, 0, 540)],
    },
    {
      handle: "banh-chung-tan-trao",
      title_vi: "Bánh chưng lá dong",
      title_en: "Dong-leaf chưng cake",
      subtitle_vi: "Bánh chưng vuông gói tay, luộc củi",
      subtitle_en: "Square, hand-wrapped, wood-fire boiled",
      description_vi:
        "Bánh được gói bằng lá dong rừng, nhân đỗ xanh và thịt lợn nuôi tại địa phương, luộc mười tiếng bằng bếp củi. Bánh chắc, xanh lá dong, gạo nếp dẻo. Hút chân không và giao trong ngày.",
      description_en:
        "Wrapped in forest dong leaves around mung beans and locally raised pork, then boiled for ten hours over a wood fire. The cakes are firm and leaf-green, with tender sticky rice. Vacuum-sealed and delivered the same day.",
      category: "banh-dac-san-tu-gao",
      ...PACK,
      variants: [
        variant("1 cái", "TT-BANHCHUNG-1", 70000, 60, 900),
        variant("Cặp 2 cái", "TT-BANHCHUNG-2", 135000, 30, 1800),
      ],
    },
    {
      handle: "che-xanh-tan-trao",
      title_vi: "Chè xanh Tân Trào",
      title_en: "Tân Trào green tea",
      subtitle_vi: "Chè đồi trung du, sao thủ công",
      subtitle_en: "Midland hill tea, hand-fired",
      description_vi:
        "Những đồi chè trung du quanh Tân Trào được hái búp một tôm hai lá, sao chảo và vò tay. Nước chè xanh vàng, vị chát đậm và hậu ngọt. Pha ấm chè nóng vào buổi sáng là nếp sinh hoạt của người dân nơi đây.",
      description_en:
        "The midland tea hills around Tân Trào are picked for one bud and two leaves, pan-fired and hand-rolled. The liquor is greenish yellow, boldly astringent with a sweet aftertaste. A hot morning pot of this tea is part of daily life here.",
      category: "che",
      ...WEIGHT,
      variants: [
        variant("200 g", "TT-CHEXANH-200", 80000, 150, 240),
        variant("500 g", "TT-CHEXANH-500", 190000, 60, 560),
      ],
    },
    {
      handle: "ruou-nep-men-la-tan-trao",
      title_vi: "Rượu nếp men lá",
      title_en: "Leaf-yeast sticky rice spirit",
      subtitle_vi: "Nếp cái hoa vàng, chưng cất nồi đồng",
      subtitle_en: "Cái hoa vàng rice, copper-pot distilled",
      description_vi:
        "Gạo nếp cái hoa vàng được đồ xôi, ủ men lá và chưng cất bằng nồi đồng. Rượu trong, thơm mùi nếp, êm và ngọt hậu. Sản phẩm dành cho người trên 18 tuổi.",
      description_en:
        "Cái hoa vàng sticky rice is steamed, fermented with leaf yeast and distilled in a copper pot. The spirit is clear and smooth with a fragrant sticky-rice nose and a sweet finish. For adults over 18 only.",
      category: "ruou-truyen-thong",
      ...VOLUME,
      variants: [
        variant("500 ml", "TT-RUOUNEP-500", 70000, 110, 850),
        variant("1 l", "TT-RUOUNEP-1000", 130000, 45, 1450),
      ],
    },
    {
      handle: "trung-ga-doi-tan-trao",
      title_vi: "Trứng gà đồi",
      title_en: "Hill-chicken eggs",
      subtitle_vi: "Gà ri thả đồi, lòng đỏ đậm",
      subtitle_en: "Free-range ri hens, rich yolks",
      description_vi:
        "Gà ri được thả trên đồi chè, ăn thóc, ngô và sâu bọ tự nhiên. Trứng nhỏ, vỏ nâu hồng, lòng đỏ đậm màu và thơm. Bảo quản ngăn mát, dùng trong 3 tuần.",
      description_en:
        "Ri hens roam the tea hills, eating paddy, corn and insects. The eggs are small with pinkish-brown shells and rich, fragrant yolks. Keep refrigerated and use within 3 weeks.",
      category: "thit-say-dac-san",
      ...PACK,
      variants: [
        variant("Hộp 10 quả", "TT-TRUNG-10", 40000, 200, 550),
        variant("Khay 30 quả", "TT-TRUNG-30", 115000, 70, 1600),
      ],
    },
  ],
}
