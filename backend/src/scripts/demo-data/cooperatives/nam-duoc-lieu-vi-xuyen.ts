import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Mushroom and herbal tea cooperative of Vị Xuyên. */
export const namDuocLieuViXuyen: DemoCooperative = {
  handle: "htx-nam-duoc-lieu-vi-xuyen",
  name: "Hợp tác xã Nấm và dược liệu Vị Xuyên",
  short_name: "HTX Nấm Vị Xuyên",
  kind: "cooperative",
  registration_number: "5002785204",
  founded_on: "2017-06-12",
  legal_representative: "Phan Thị Ngọc",
  phone: "0702 481 356",
  email: "lienhe@namvixuyen.vn",
  street: "Tổ dân phố 5",
  commune: "Xã Vị Xuyên",
  province: "Tuyên Quang",
  member_count: 14,
  sectors: ["nấm", "linh chi", "trà thảo mộc"],
  description_vi:
    "Hợp tác xã do nhóm thanh niên trong xã lập ra để trồng nấm trên phôi mùn cưa và bã nông sản. Nhà trồng nấm được che lưới, tưới phun sương và ghi nhật ký nhiệt độ, độ ẩm hằng ngày. Bên cạnh nấm ăn, hợp tác xã trồng linh chi và cà gai leo để làm trà.",
  description_en:
    "Young people of the commune set up this cooperative to grow mushrooms on sawdust and crop-waste substrate. The growing houses are shaded with netting, misted and logged daily for temperature and humidity. Alongside edible mushrooms, the cooperative grows reishi and cà gai leo for herbal teas.",
  products: [
    {
      handle: "nam-linh-chi-do-vi-xuyen",
      title_vi: "Nấm linh chi đỏ thái lát",
      title_en: "Sliced red reishi",
      subtitle_vi: "Linh chi trồng trên gỗ, thái lát sấy khô",
      subtitle_en: "Log-grown reishi, sliced and dried",
      description_vi:
        "Linh chi đỏ được trồng trên phôi gỗ, thu hái khi tai nấm đã phát tán bào tử, rồi thái lát và sấy khô. Nước linh chi màu nâu đỏ, vị đắng đặc trưng. Dùng hãm nước uống theo kinh nghiệm dân gian, không thay thế thuốc chữa bệnh.",
      description_en:
        "Red reishi is grown on wood substrate and harvested once the caps have released their spores, then sliced and dried. The infusion is reddish brown with its characteristic bitterness. Drunk according to folk tradition; not a substitute for medicine.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [
        variant("200 g", "VX-LINHCHI-200", 180000, 55, 230),
        variant("500 g", "VX-LINHCHI-500", 420000, 15, 540),
      ],
    },
    {
      handle: "tra-linh-chi-tui-loc-vi-xuyen",
      title_vi: "Trà linh chi túi lọc",
      title_en: "Reishi tea bags",
      subtitle_vi: "Linh chi phối cỏ ngọt, tiện pha",
      subtitle_en: "Reishi with stevia, easy to brew",
      description_vi:
        "Linh chi đỏ được nghiền nhỏ, phối với lá cỏ ngọt để dịu vị đắng và đóng túi lọc 3 g. Hãm một túi với nước sôi trong 5 phút. Hộp 20 túi.",
      description_en:
        "Red reishi is ground and blended with stevia leaf to soften the bitterness, then packed into 3 g tea bags. Steep one bag in boiling water for 5 minutes. Box of 20 bags.",
      category: "duoc-lieu-thao-moc",
      ...PACK,
      variants: [variant("Hộp 20 túi", "VX-TRALINHCHI-20", 95000, 130, 120)],
    },
    {
      handle: "tra-ca-gai-leo-vi-xuyen",
      title_vi: "Trà cà gai leo",
      title_en: "Cà gai leo herbal tea",
      subtitle_vi: "Thân lá cà gai leo cắt khúc, sấy khô",
      subtitle_en: "Cut and dried stems and leaves",
      description_vi:
        "Cây cà gai leo được trồng trên đất đồi, thu cả thân và lá, rửa sạch, cắt khúc và sấy ở nhiệt độ thấp. Nước trà màu vàng nhạt, vị hơi đắng. Đun một nắm nhỏ với 1 lít nước, uống trong ngày.",
      description_en:
        "Cà gai leo is grown on the hills; the stems and leaves are harvested together, washed, cut and dried at a low temperature. The tea is pale yellow and slightly bitter. Simmer a small handful in 1 litre of water and drink it the same day.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [variant("300 g", "VX-CAGAILEO-300", 85000, 90, 330)],
    },
    {
      handle: "nam-so-say-gion-vi-xuyen",
      title_vi: "Nấm sò sấy giòn",
      title_en: "Crispy dried oyster mushrooms",
      subtitle_vi: "Ăn vặt chay, vị mặn ngọt",
      subtitle_en: "A savoury vegetarian snack",
      description_vi:
        "Nấm sò tươi được xé miếng, tẩm gia vị nhẹ và sấy chân không cho đến khi giòn. Nấm giữ được vị ngọt tự nhiên, không chiên ngập dầu. Ăn vặt hoặc rắc lên cháo, salad.",
      description_en:
        "Fresh oyster mushrooms are torn into pieces, lightly seasoned and vacuum-dried until crisp. They keep their natural sweetness and are not deep-fried. Snack on them or sprinkle over congee and salads.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [
        variant("100 g", "VX-NAMSO-100", 45000, 170, 130),
        variant("250 g", "VX-NAMSO-250", 105000, 40, 290),
      ],
    },
    {
      handle: "nam-huong-trong-vi-xuyen",
      title_vi: "Nấm hương khô",
      title_en: "Dried shiitake",
      subtitle_vi: "Nấm hương trồng trên phôi gỗ",
      subtitle_en: "Grown on wood substrate",
      description_vi:
        "Nấm hương được trồng trong nhà lưới trên phôi mùn cưa gỗ, hái khi mũ nấm còn khum và sấy khô bằng máy. Tai nấm đều, chân ngắn, thơm. Phù hợp nấu canh, hầm gà, làm nhân bánh.",
      description_en:
        "These shiitake are grown in net houses on hardwood-sawdust blocks, picked while the caps are still curled and machine-dried. The caps are even with short stems and a good aroma. Great in soups, braised chicken and dumpling fillings.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [variant("200 g", "VX-NAMHUONG-200", 95000, 120, 230)],
    },
    {
      handle: "cha-bong-nam-vi-xuyen",
      title_vi: "Chà bông nấm",
      title_en: "Mushroom floss",
      subtitle_vi: "Ruốc chay từ chân nấm hương",
      subtitle_en: "Vegetarian floss from shiitake stems",
      description_vi:
        "Chân nấm hương được hấp, xé tơi và rim với nước tương, đường và tiêu cho đến khi khô tơi. Chà bông nấm thơm, mặn ngọt vừa phải, hợp ăn với cơm, cháo và bánh mì. Đóng hũ kín, dùng trong 2 tháng.",
      description_en:
        "Shiitake stems are steamed, shredded and stir-cooked with soy sauce, sugar and pepper until dry and fluffy. The floss is fragrant and balanced, lovely with rice, congee or bread. Sealed jar; best within 2 months.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [variant("200 g", "VX-CHABONG-200", 85000, 64, 300)],
    },
  ],
}
