import type { DemoCooperative } from "../types"
import { PACK, VOLUME, variant } from "./helpers"

/** Essential oil distillers' cooperative of Kim Bình. */
export const tinhDauKimBinh: DemoCooperative = {
  handle: "htx-tinh-dau-kim-binh",
  name: "Hợp tác xã Tinh dầu thảo mộc Kim Bình",
  short_name: "HTX Tinh dầu Kim Bình",
  kind: "cooperative",
  registration_number: "5002459372",
  founded_on: "2019-12-02",
  legal_representative: "Ma Văn Hưng",
  phone: "0353 628 940",
  email: "lienhe@tinhdaukimbinh.vn",
  street: "Thôn Nà Ngà",
  commune: "Xã Kim Bình",
  province: "Tuyên Quang",
  member_count: 26,
  sectors: ["tinh dầu", "sả", "quế", "xà phòng thủ công"],
  description_vi:
    "Hợp tác xã trồng sả chanh, gừng và quế trên đất đồi, chưng cất tinh dầu bằng nồi hơi tại thôn. Bã sả sau chưng cất được ủ làm phân bón trả lại cho vườn. Từ tinh dầu, các thành viên nấu xà phòng thủ công và làm nước xịt phòng.",
  description_en:
    "The cooperative grows lemongrass, ginger and cinnamon on the hills and distils essential oils with a steam boiler in the village. The spent lemongrass is composted and returned to the fields. Members also use the oils to make handmade soap and room sprays.",
  products: [
    {
      handle: "tinh-dau-sa-chanh-kim-binh",
      title_vi: "Tinh dầu sả chanh",
      title_en: "Lemongrass essential oil",
      subtitle_vi: "Chưng cất từ sả tươi trồng đồi",
      subtitle_en: "Distilled from fresh hill-grown lemongrass",
      description_vi:
        "Sả chanh được cắt vào buổi sáng và chưng cất hơi nước ngay trong ngày để giữ mùi tươi. Tinh dầu thơm mát, dùng xông phòng hoặc pha nước lau nhà. Không dùng trực tiếp lên da khi chưa pha loãng.",
      description_en:
        "Lemongrass is cut in the morning and steam-distilled the same day to keep its fresh scent. The oil smells cool and clean; use it in a diffuser or in floor-cleaning water. Do not apply to the skin undiluted.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...VOLUME,
      variants: [
        variant("10 ml", "KB-SACHANH-10", 45000, 260, 60),
        variant("100 ml", "KB-SACHANH-100", 280000, 40, 200),
      ],
    },
    {
      handle: "tinh-dau-que-kim-binh",
      title_vi: "Tinh dầu quế",
      title_en: "Cinnamon essential oil",
      subtitle_vi: "Chưng cất từ lá và cành quế",
      subtitle_en: "Distilled from cinnamon leaves and twigs",
      description_vi:
        "Lá và cành quế sau khi tỉa được thu gom và chưng cất, không phải bóc vỏ cây. Tinh dầu có mùi ấm, ngọt, thích hợp dùng vào mùa lạnh. Pha loãng trước khi dùng, để xa tầm tay trẻ em.",
      description_en:
        "Leaves and twigs from pruning are gathered and distilled, so no bark has to be stripped. The oil has a warm, sweet scent that suits the cold season. Dilute before use and keep out of reach of children.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...VOLUME,
      variants: [variant("10 ml", "KB-QUE-10", 55000, 150, 60)],
    },
    {
      handle: "tinh-dau-gung-kim-binh",
      title_vi: "Tinh dầu gừng",
      title_en: "Ginger essential oil",
      subtitle_vi: "Hương ấm, cay nhẹ",
      subtitle_en: "Warm, gently spicy scent",
      description_vi:
        "Gừng tươi được thái lát và chưng cất hơi nước, cứ khoảng 50 kg gừng mới thu được một ít tinh dầu. Tinh dầu thơm ấm, thường được pha với dầu nền để massage. Pha loãng trước khi dùng.",
      description_en:
        "Fresh ginger is sliced and steam-distilled; about 50 kg of ginger yields only a small amount of oil. It has a warming aroma and is usually blended with a carrier oil for massage. Dilute before use.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...VOLUME,
      variants: [variant("10 ml", "KB-GUNG-10", 60000, 2, 60)],
    },
    {
      handle: "xa-phong-sa-chanh-kim-binh",
      title_vi: "Xà phòng sả chanh thủ công",
      title_en: "Handmade lemongrass soap",
      subtitle_vi: "Nấu lạnh từ dầu dừa và tinh dầu sả",
      subtitle_en: "Cold-process, coconut oil and lemongrass",
      description_vi:
        "Xà phòng được nấu theo phương pháp lạnh từ dầu dừa, dầu ô liu và tinh dầu sả chanh, để khô bốn tuần trước khi bán. Bánh xà phòng tạo bọt mịn, mùi sả dịu. Để nơi khô ráo giữa các lần dùng.",
      description_en:
        "Cold-process soap made from coconut oil, olive oil and lemongrass oil, cured for four weeks before sale. The bar gives a fine lather with a soft lemongrass scent. Keep it dry between uses.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...PACK,
      variants: [
        variant("1 bánh 100 g", "KB-XAPHONG-1", 45000, 180, 120),
        variant("Bộ 3 bánh", "KB-XAPHONG-3", 120000, 70, 350),
      ],
    },
    {
      handle: "nuoc-xit-phong-sa-chanh-kim-binh",
      title_vi: "Nước xịt phòng sả chanh",
      title_en: "Lemongrass room spray",
      subtitle_vi: "Khử mùi, thơm mát không gian",
      subtitle_en: "Freshens and scents any room",
      description_vi:
        "Nước xịt được pha từ tinh dầu sả chanh, cồn thực phẩm và nước cất. Xịt vào không gian phòng, rèm cửa hoặc trong xe để khử mùi. Lắc đều trước khi dùng, tránh xịt vào mắt.",
      description_en:
        "Blended from lemongrass oil, food-grade alcohol and distilled water. Spray into the room, onto curtains or inside the car to freshen the air. Shake well before use and avoid the eyes.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...VOLUME,
      variants: [variant("250 ml", "KB-XITPHONG-250", 75000, 95, 300)],
    },
    {
      handle: "tui-thom-thao-moc-kim-binh",
      title_vi: "Túi thơm thảo mộc",
      title_en: "Herbal scent sachets",
      subtitle_vi: "Sả, quế, vỏ bưởi sấy khô trong túi vải",
      subtitle_en: "Dried lemongrass, cinnamon and pomelo peel in cloth bags",
      description_vi:
        "Túi vải bông đựng hỗn hợp sả, vỏ quế và vỏ bưởi sấy khô, nhỏ thêm vài giọt tinh dầu. Đặt trong tủ quần áo, ngăn kéo hoặc trong xe để có mùi thơm nhẹ. Nhỏ thêm tinh dầu khi mùi nhạt dần.",
      description_en:
        "Cotton bags filled with dried lemongrass, cinnamon bark and pomelo peel, refreshed with a few drops of essential oil. Place them in wardrobes, drawers or the car for a light fragrance. Add a few more drops of oil as the scent fades.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...PACK,
      variants: [variant("Bộ 5 túi", "KB-TUITHOM-5", 70000, 120, 150)],
    },
  ],
}
