import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Terraced-field rice cooperative of Hoàng Su Phì. */
export const gaoHoangSuPhi: DemoCooperative = {
  handle: "htx-gao-hoang-su-phi",
  name: "Hợp tác xã Nông nghiệp Ruộng bậc thang Hoàng Su Phì",
  short_name: "HTX Gạo Hoàng Su Phì",
  kind: "cooperative",
  registration_number: "5001563702",
  founded_on: "2020-01-14",
  legal_representative: "Lù Văn Thành",
  phone: "0375 918 236",
  email: "lienhe@gaohoangsuphi.vn",
  street: "Thôn Vinh Quang",
  commune: "Xã Hoàng Su Phì",
  province: "Tuyên Quang",
  member_count: 47,
  sectors: ["lúa gạo", "ruộng bậc thang", "chè"],
  description_vi:
    "Hợp tác xã của các hộ người Nùng, Dao và La Chí canh tác lúa trên những thửa ruộng bậc thang Hoàng Su Phì. Mỗi năm chỉ trồng một vụ lúa, nước lấy từ khe suối đầu nguồn và thóc được phơi trên sân nhà. Ngoài lúa gạo, thành viên còn chăm sóc những nương chè Shan tuyết trên sườn núi.",
  description_en:
    "A cooperative of Nùng, Dao and La Chí families farming rice on the terraced fields of Hoàng Su Phì. Only one rice crop is grown each year, watered from mountain streams, and the paddy is dried in the family yards. Besides rice, members tend Shan tuyết tea gardens on the mountainsides.",
  products: [
    {
      handle: "gao-bao-thai-hoang-su-phi",
      title_vi: "Gạo Bao Thai Hoàng Su Phì",
      title_en: "Hoàng Su Phì Bao Thai rice",
      subtitle_vi: "Gạo ruộng bậc thang, cơm mềm, thơm",
      subtitle_en: "Terraced-field rice, soft and fragrant",
      description_vi:
        "Bao Thai là giống lúa lâu năm được trồng rộng rãi trên ruộng bậc thang của vùng. Hạt gạo nhỏ, trong, khi nấu cơm mềm và có vị đậm. Gạo được xay theo từng đợt để luôn mới.",
      description_en:
        "Bao Thai is a long-established rice variety widely grown on the area's terraced fields. The grains are small and translucent and cook into soft rice with a full flavour. The rice is milled in batches so it is always fresh.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [
        variant("2 kg", "HSP-BAOTHAI-2KG", 70000, 260, 2050),
        variant("5 kg", "HSP-BAOTHAI-5KG", 165000, 140, 5100),
        variant("10 kg", "HSP-BAOTHAI-10KG", 320000, 45, 10200),
      ],
    },
    {
      handle: "gao-nep-nuong-hoang-su-phi",
      title_vi: "Gạo nếp nương",
      title_en: "Upland sticky rice",
      subtitle_vi: "Nếp trồng trên nương, hạt to, dẻo",
      subtitle_en: "Hill-grown, plump and sticky",
      description_vi:
        "Lúa nếp được gieo trên nương khô, chỉ nhờ nước mưa. Hạt nếp to, trắng đục, đồ xôi dẻo thơm mùi lúa mới. Người Dao thường dùng nếp nương làm bánh dày và nấu rượu ngày lễ.",
      description_en:
        "This sticky rice is sown in dry hillside fields and relies only on rainfall. The grains are large and opaque white, and steam into fragrant, chewy xôi. The Dao use it for bánh dày and festival rice wine.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [variant("2 kg", "HSP-NEPNUONG-2KG", 110000, 120, 2050)],
    },
    {
      handle: "gao-do-ruong-bac-thang",
      title_vi: "Gạo đỏ ruộng bậc thang",
      title_en: "Red terraced-field rice",
      subtitle_vi: "Gạo lứt đỏ giống địa phương",
      subtitle_en: "Local red whole-grain rice",
      description_vi:
        "Giống lúa đỏ địa phương có thời gian sinh trưởng dài, được xay dối để giữ lớp cám đỏ. Cơm hơi dai, vị bùi, hợp với người ăn chế độ nhiều chất xơ. Ngâm gạo 1–2 tiếng trước khi nấu.",
      description_en:
        "A long-season local red rice, lightly milled to keep its red bran. The cooked rice is slightly chewy and nutty, good for a high-fibre diet. Soak for 1–2 hours before cooking.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [
        variant("1 kg", "HSP-GAODO-1KG", 50000, 95, 1030),
        variant("2 kg", "HSP-GAODO-2KG", 95000, 40, 2050),
      ],
    },
    {
      handle: "gao-lut-bao-thai-hoang-su-phi",
      title_vi: "Gạo lứt Bao Thai",
      title_en: "Bao Thai brown rice",
      subtitle_vi: "Giữ nguyên cám, nấu cơm hoặc rang trà",
      subtitle_en: "Bran intact, for rice or roasted tea",
      description_vi:
        "Gạo Bao Thai chỉ bóc lớp trấu, giữ nguyên cám và mầm. Có thể nấu cơm, nấu cháo hoặc rang vàng để hãm nước uống. Bảo quản nơi khô ráo, dùng trong 3 tháng.",
      description_en:
        "Bao Thai rice with only the husk removed, keeping the bran and germ. Cook it as rice or porridge, or roast it golden to make a grain tea. Store somewhere dry and use within 3 months.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [variant("1 kg", "HSP-GAOLUT-1KG", 45000, 65, 1030)],
    },
    {
      handle: "che-shan-tuyet-hoang-su-phi",
      title_vi: "Chè Shan tuyết Hoàng Su Phì",
      title_en: "Hoàng Su Phì Shan tuyết tea",
      subtitle_vi: "Chè vùng mây mù, vị đậm hậu ngọt",
      subtitle_en: "Mist-country tea, bold with a sweet finish",
      description_vi:
        "Những nương chè Shan tuyết Hoàng Su Phì quanh năm có sương mù, búp chè to và mập. Chè được sao, vò thủ công tại hộ gia đình và được hợp tác xã kiểm tra trước khi đóng gói. Nước vàng xanh, vị chát dịu, hậu ngọt.",
      description_en:
        "Hoàng Su Phì's Shan tuyết gardens are wrapped in mist all year round, giving large, plump buds. The tea is fired and rolled by hand in members' homes and checked by the cooperative before packing. Greenish-gold liquor, gentle astringency, sweet finish.",
      category: "che",
      ...WEIGHT,
      variants: [
        variant("200 g", "HSP-SHAN-200", 220000, 75, 250),
        variant("500 g", "HSP-SHAN-500", 520000, 20, 580),
      ],
    },
    {
      handle: "banh-day-nep-nuong-hoang-su-phi",
      title_vi: "Bánh dày nếp nương",
      title_en: "Upland sticky-rice bánh dày",
      subtitle_vi: "Bánh giã tay, dẻo mịn",
      subtitle_en: "Hand-pounded, soft and smooth",
      description_vi:
        "Xôi nếp nương được giã trong cối gỗ cho đến khi mịn rồi nặn thành bánh tròn, lót lá chuối. Bánh dày của người Dao thường có vào dịp Tết và lễ cấp sắc. Nướng trên than hoặc rán, chấm mật ong.",
      description_en:
        "Steamed upland sticky rice is pounded in a wooden mortar until smooth and shaped into round cakes on banana leaves. The Dao make bánh dày for Tết and their initiation ceremony. Grill over charcoal or pan-fry and dip in honey.",
      category: "banh-dac-san-tu-gao",
      ...PACK,
      variants: [variant("Túi 10 cái", "HSP-BANHDAY-10", 60000, 50, 850)],
    },
  ],
}
