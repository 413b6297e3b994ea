import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Dao Shan tuyết tea growers' cooperative of Cao Bồ. */
export const cheShanTuyetCaoBo: DemoCooperative = {
  handle: "htx-che-shan-tuyet-cao-bo",
  name: "Hợp tác xã Chè Shan tuyết Cao Bồ",
  short_name: "HTX Chè Cao Bồ",
  kind: "cooperative",
  registration_number: "5001210548",
  founded_on: "2009-07-21",
  legal_representative: "Bàn Văn Sinh",
  phone: "0398 607 152",
  email: "lienhe@checaobo.vn",
  street: "Thôn Tham Vè",
  commune: "Xã Cao Bồ",
  province: "Tuyên Quang",
  member_count: 86,
  sectors: ["chè Shan tuyết", "hồng trà", "trà túi lọc"],
  description_vi:
    "Hợp tác xã của người Dao ở vùng núi Tây Côn Lĩnh, nơi có những cây chè Shan tuyết hàng trăm năm tuổi mọc xen trong rừng. Chè được chăm sóc không dùng thuốc trừ cỏ, búp được hái tay và chế biến ngay tại xưởng của thôn. Hợp tác xã liên kết với các hộ trong vùng để bao tiêu búp tươi theo giá thỏa thuận từ đầu vụ.",
  description_en:
    "A cooperative of Dao families in the Tây Côn Lĩnh mountains, where Shan tuyết tea trees hundreds of years old grow among the forest. The gardens are tended without herbicides, and the buds are hand-picked and processed in the village workshop. The cooperative buys fresh leaf from households in the area at a price agreed at the start of each season.",
  products: [
    {
      handle: "che-shan-tuyet-cao-bo",
      title_vi: "Chè Shan tuyết Cao Bồ",
      title_en: "Cao Bồ Shan tuyết tea",
      subtitle_vi: "Chè xanh từ cây chè cổ thụ",
      subtitle_en: "Green tea from ancient trees",
      description_vi:
        "Búp chè được hái từ những cây Shan tuyết cao hàng chục mét, người hái phải trèo lên cây. Chè sao lửa to rồi lửa nhỏ, cánh chè xoăn, có lớp lông tơ trắng. Nước xanh vàng, vị đậm, hậu ngọt sâu.",
      description_en:
        "The buds come from Shan tuyết trees many metres tall, which the pickers have to climb. The tea is fired first on a high and then on a low flame; the leaves are curled with a coat of white down. The liquor is greenish gold, full-bodied, with a deep sweet aftertaste.",
      category: "che",
      ...WEIGHT,
      variants: [
        variant("100 g", "CB-SHAN-100", 120000, 160, 130),
        variant("250 g", "CB-SHAN-250", 280000, 90, 300),
        variant("500 g", "CB-SHAN-500", 540000, 35, 580),
      ],
    },
    {
      handle: "hong-tra-shan-tuyet-cao-bo",
      title_vi: "Hồng trà Cao Bồ",
      title_en: "Cao Bồ black tea",
      subtitle_vi: "Hồng trà cánh xoăn, vị mật",
      subtitle_en: "Twisted leaf, honey notes",
      description_vi:
        "Búp Shan tuyết được làm héo, vò kỹ và ủ lên men trong phòng kín trước khi sấy. Nước trà đỏ cam, thơm mùi mật và gỗ. Có thể pha với sữa hoặc uống nguyên vị.",
      description_en:
        "Shan tuyết buds are withered, rolled thoroughly and oxidised in a closed room before drying. The liquor is orange-red with notes of honey and wood. Drink it plain or with milk.",
      category: "che",
      ...WEIGHT,
      variants: [variant("100 g", "CB-HONGTRA-100", 150000, 70, 130)],
    },
    {
      handle: "hoang-tra-shan-tuyet-cao-bo",
      title_vi: "Hoàng trà Shan tuyết",
      title_en: "Shan tuyết yellow tea",
      subtitle_vi: "Ủ vàng nhẹ, vị êm và ngọt",
      subtitle_en: "Gently yellowed, smooth and sweet",
      description_vi:
        "Sau khi sao, chè được ủ ấm trong túi vải vài giờ để lá chuyển vàng rồi mới sấy khô. Cách làm này làm giảm vị chát, cho nước trà vàng trong và vị ngọt êm. Hợp với người mới uống chè.",
      description_en:
        "After firing, the leaves are kept warm in cloth bags for a few hours until they turn yellow, and only then dried. This softens the astringency and gives a clear yellow liquor with a smooth sweetness. A good choice for those new to tea.",
      category: "che",
      ...WEIGHT,
      variants: [variant("100 g", "CB-HOANGTRA-100", 180000, 3, 130)],
    },
    {
      handle: "tra-shan-tuyet-tui-loc-cao-bo",
      title_vi: "Trà Shan tuyết túi lọc",
      title_en: "Shan tuyết tea bags",
      subtitle_vi: "Tiện pha ở văn phòng, khi đi xa",
      subtitle_en: "Handy at the office or on the road",
      description_vi:
        "Chè Shan tuyết Cao Bồ được cắt nhỏ và đóng trong túi lọc giấy không tẩy trắng, mỗi túi 2 g. Nhúng túi trà vào nước nóng 3 phút là có một cốc trà thơm. Hộp giấy tái chế.",
      description_en:
        "Cao Bồ Shan tuyết tea is cut fine and packed in unbleached paper bags of 2 g each. Steep a bag in hot water for 3 minutes for a fragrant cup. Recycled paper box.",
      category: "che",
      ...PACK,
      variants: [
        variant("Hộp 25 túi", "CB-TUILOC-25", 75000, 250, 120),
        variant("Hộp 50 túi", "CB-TUILOC-50", 140000, 100, 220),
      ],
    },
    {
      handle: "hop-qua-che-co-thu-cao-bo",
      title_vi: "Hộp quà chè cổ thụ Tây Côn Lĩnh",
      title_en: "Tây Côn Lĩnh ancient-tree tea gift box",
      subtitle_vi: "Chè từ cây trên 100 năm tuổi",
      subtitle_en: "From trees over 100 years old",
      description_vi:
        "Chè được hái riêng từ những cây Shan tuyết trên 100 năm tuổi và chế biến theo từng mẻ nhỏ. Hộp gồm hai hũ gốm, mỗi hũ 100 g, kèm thẻ ghi thôn và ngày hái. Món quà dành cho người sành trà.",
      description_en:
        "This tea is picked only from Shan tuyết trees over 100 years old and processed in small batches. The box holds two ceramic jars of 100 g each, with a card naming the village and picking date. A gift for tea connoisseurs.",
      category: "che",
      ...PACK,
      variants: [variant("Hộp 2 hũ", "CB-COTHU-2", 480000, 18, 900)],
    },
    {
      handle: "tra-hoa-che-shan-tuyet",
      title_vi: "Trà hoa chè Shan tuyết",
      title_en: "Shan tuyết tea-flower infusion",
      subtitle_vi: "Hoa chè sấy khô, vị ngọt dịu",
      subtitle_en: "Dried tea blossoms, gently sweet",
      description_vi:
        "Hoa chè Shan tuyết nở vào cuối thu, được hái khi vừa hé nở và sấy nhẹ. Nước hoa chè màu vàng nhạt, thơm thoang thoảng, vị ngọt dịu. Hãm 5–7 bông với nước sôi, có thể thêm mật ong.",
      description_en:
        "Shan tuyết tea trees flower in late autumn; the blossoms are picked as they open and gently dried. The infusion is pale yellow, lightly scented and softly sweet. Steep 5–7 flowers in boiling water, with honey if you like.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [variant("50 g", "CB-HOACHE-50", 90000, 45, 90)],
    },
  ],
}
