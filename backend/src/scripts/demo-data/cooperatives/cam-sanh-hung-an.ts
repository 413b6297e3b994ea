import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Citrus and tea cooperative of Hùng An in the Bắc Quang area. */
export const camSanhHungAn: DemoCooperative = {
  handle: "htx-cam-sanh-hung-an",
  name: "Hợp tác xã Cam sành và chè Hùng An",
  short_name: "HTX Cam chè Hùng An",
  kind: "cooperative",
  registration_number: "5002126541",
  founded_on: "2010-10-25",
  legal_representative: "Nguyễn Văn Toàn",
  phone: "0963 548 127",
  email: "lienhe@camchehungan.vn",
  street: "Thôn Hùng Thắng",
  commune: "Xã Hùng An",
  province: "Tuyên Quang",
  member_count: 96,
  sectors: ["cam sành", "quýt", "chè xanh"],
  description_vi:
    "Hợp tác xã ở vùng cam Bắc Quang, nơi khí hậu ẩm và đất đồi phù hợp với cây có múi. Thành viên trồng cam sành, quýt, chanh xen với những nương chè xanh lâu năm. Hợp tác xã có kho sơ chế, phân loại quả và xưởng chế biến chè nhỏ.",
  description_en:
    "A cooperative in the Bắc Quang orange country, where the humid climate and hill soils suit citrus. Members grow king oranges, tangerines and limes alongside long-established green tea gardens. The cooperative runs a packing shed for grading fruit and a small tea-processing workshop.",
  products: [
    {
      handle: "cam-sanh-bac-quang",
      title_vi: "Cam sành Bắc Quang",
      title_en: "Bắc Quang king oranges",
      subtitle_vi: "Vỏ mỏng hơn, múi mọng, chua ngọt hài hòa",
      subtitle_en: "Thinner rind, juicy segments, balanced sweet-sour",
      description_vi:
        "Cam sành Bắc Quang được trồng trên đồi thấp, quả vừa tay, vỏ sần mỏng và nhiều nước. Vị ngọt đậm xen chút chua nhẹ, rất hợp để vắt nước. Cam được hái khi quả đã chín vàng hơn nửa vỏ.",
      description_en:
        "Bắc Quang king oranges grow on low hills; the fruit fits nicely in the hand, with a thin knobbly rind and plenty of juice. Rich sweetness with a light tang makes them ideal for juicing. They are picked once more than half the rind has turned yellow.",
      category: "trai-cay-tuoi",
      ...WEIGHT,
      variants: [
        variant("5 kg", "HA-CAM-5KG", 160000, 180, 5400),
        variant("10 kg", "HA-CAM-10KG", 310000, 70, 10600),
      ],
    },
    {
      handle: "quyt-ngot-bac-quang",
      title_vi: "Quýt ngọt Bắc Quang",
      title_en: "Bắc Quang sweet tangerines",
      subtitle_vi: "Quýt vỏ mỏng, dễ bóc, thơm",
      subtitle_en: "Thin-skinned, easy-peel, fragrant",
      description_vi:
        "Quýt chín vào tháng 12, tháng 1, vỏ vàng cam, mỏng và dễ bóc. Múi quýt ngọt, thơm tinh dầu. Thích hợp bày mâm ngũ quả và làm quà Tết.",
      description_en:
        "The tangerines ripen in December and January, with thin orange-yellow skins that peel easily. The segments are sweet and fragrant with citrus oil. Perfect for the Tết fruit tray or as a New Year gift.",
      category: "trai-cay-tuoi",
      ...WEIGHT,
      variants: [variant("3 kg", "HA-QUYT-3KG", 120000, 90, 3300)],
    },
    {
      handle: "chanh-tu-quy-hung-an",
      title_vi: "Chanh tứ quý",
      title_en: "Year-round limes",
      subtitle_vi: "Chanh vỏ mỏng, nhiều nước",
      subtitle_en: "Thin-skinned, very juicy",
      description_vi:
        "Chanh tứ quý cho quả quanh năm, vỏ mỏng, mọng nước và thơm. Dùng pha nước chanh mật ong, làm nước chấm hoặc nêm món gỏi. Bảo quản ngăn mát được 2 tuần.",
      description_en:
        "These limes fruit all year round and are thin-skinned, juicy and fragrant. Use them for honey lemonade, dipping sauces or salads. They keep for 2 weeks in the fridge.",
      category: "trai-cay-tuoi",
      ...WEIGHT,
      variants: [variant("2 kg", "HA-CHANH-2KG", 60000, 140, 2200)],
    },
    {
      handle: "cam-say-gion-bac-quang",
      title_vi: "Cam lát sấy giòn",
      title_en: "Crispy dried orange slices",
      subtitle_vi: "Ăn vặt, trang trí đồ uống",
      subtitle_en: "Snack or drinks garnish",
      description_vi:
        "Cam sành được thái lát mỏng và sấy ở nhiệt độ thấp cho đến khi giòn. Lát cam giữ màu vàng cam và vị chua ngọt. Dùng ăn vặt, thả vào trà hoặc trang trí cocktail.",
      description_en:
        "King oranges are sliced thin and dried at a low temperature until crisp. The slices keep their orange colour and sweet-sour flavour. Snack on them, drop them into tea or use them to garnish cocktails.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [
        variant("100 g", "HA-CAMSAY-100", 45000, 160, 130),
        variant("250 g", "HA-CAMSAY-250", 105000, 50, 290),
      ],
    },
    {
      handle: "che-xanh-hung-an",
      title_vi: "Chè xanh Hùng An",
      title_en: "Hùng An green tea",
      subtitle_vi: "Chè búp sao suốt, nước xanh trong",
      subtitle_en: "Drum-fired buds, clear green liquor",
      description_vi:
        "Búp chè được hái từ những nương chè trung du lâu năm, diệt men bằng máy sao tôn quay rồi vò và sấy khô. Nước chè xanh trong, vị chát tươi, thơm mùi cốm. Hợp uống hằng ngày và pha ấm to tiếp khách.",
      description_en:
        "Buds from long-established midland tea gardens are fixed in a rotating drum, then rolled and dried. The liquor is clear green, briskly astringent, with a toasted-rice aroma. An everyday tea, good in a big pot for guests.",
      category: "che",
      ...WEIGHT,
      variants: [
        variant("200 g", "HA-CHEXANH-200", 70000, 220, 240),
        variant("500 g", "HA-CHEXANH-500", 165000, 100, 560),
      ],
    },
    {
      handle: "tra-xanh-tui-loc-hung-an",
      title_vi: "Trà xanh túi lọc Hùng An",
      title_en: "Hùng An green tea bags",
      subtitle_vi: "Hộp 50 túi, pha nhanh",
      subtitle_en: "Box of 50, quick to brew",
      description_vi:
        "Chè xanh Hùng An được sàng lọc, cắt nhỏ và đóng túi lọc 2 g. Nhúng túi trà vào nước nóng khoảng 2 phút. Hộp giấy nhỏ gọn, thích hợp cho văn phòng.",
      description_en:
        "Hùng An green tea is sifted, cut fine and packed into 2 g tea bags. Steep a bag in hot water for about 2 minutes. A compact paper box, ideal for the office.",
      category: "che",
      ...PACK,
      variants: [variant("Hộp 50 túi", "HA-TUILOC-50", 60000, 300, 200)],
    },
  ],
}
