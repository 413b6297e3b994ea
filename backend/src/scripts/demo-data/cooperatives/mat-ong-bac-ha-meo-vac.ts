import type { DemoCooperative } from "../types"
import { PACK, SIZE, VOLUME, WEIGHT, variant } from "./helpers"

/** Mint-flower honey beekeepers' cooperative of Mèo Vạc. */
export const matOngBacHaMeoVac: DemoCooperative = {
  handle: "htx-mat-ong-bac-ha-meo-vac",
  name: "Hợp tác xã Mật ong bạc hà Mèo Vạc",
  short_name: "HTX Mật ong Mèo Vạc",
  kind: "cooperative",
  registration_number: "5000632851",
  founded_on: "2011-11-02",
  legal_representative: "Ly Mí Sính",
  phone: "0389 124 765",
  email: "lienhe@matongmeovac.vn",
  street: "Tổ dân phố 3",
  commune: "Xã Mèo Vạc",
  province: "Tuyên Quang",
  member_count: 112,
  sectors: ["mật ong", "nuôi ong", "sáp ong"],
  description_vi:
    "Hợp tác xã tập hợp hơn một trăm hộ nuôi ong nội người H'Mông, Lô Lô trên cao nguyên đá Mèo Vạc. Mật chỉ được quay khi ong đã vít nắp cầu, sau đó lọc và để lắng tự nhiên trong thùng inox. Hợp tác xã hướng dẫn thành viên ghi sổ theo dõi từng đàn ong và từng mẻ mật.",
  description_en:
    "The cooperative gathers more than a hundred H'Mông and Lô Lô families who keep native bees on the Mèo Vạc karst plateau. Honey is extracted only after the bees have capped the combs, then filtered and left to settle naturally in stainless-steel tanks. Members are trained to keep a log for every hive and every batch.",
  products: [
    {
      handle: "mat-ong-bac-ha-meo-vac",
      title_vi: "Mật ong bạc hà Mèo Vạc",
      title_en: "Mèo Vạc mint-flower honey",
      subtitle_vi: "Mật ong đặc sản cao nguyên đá",
      subtitle_en: "The signature honey of the karst plateau",
      description_vi:
        "Mật được ong nội lấy từ hoa bạc hà dại nở tím các sườn núi đá Mèo Vạc vào cuối thu, đầu đông. Mật sánh, màu vàng hổ phách, vị ngọt đậm và hơi the ở cuối. Có thể pha nước ấm, dùng với chanh hoặc gừng.",
      description_en:
        "Native bees gather it from the wild mint that turns the Mèo Vạc limestone slopes purple in late autumn and early winter. The honey is thick and amber with a rich sweetness and a slightly cooling finish. Take it in warm water or with lemon or ginger.",
      category: "mat-ong",
      ...VOLUME,
      variants: [
        variant("500 ml", "MV-MATONG-500", 280000, 130, 780),
        variant("1 l", "MV-MATONG-1000", 540000, 60, 1500),
      ],
    },
    {
      handle: "mat-ong-bac-ha-ket-tinh",
      title_vi: "Mật ong bạc hà kết tinh",
      title_en: "Creamed mint-flower honey",
      subtitle_vi: "Mật kết tinh mịn tự nhiên, phết bánh mì",
      subtitle_en: "Naturally set honey, for spreading",
      description_vi:
        "Mật ong bạc hà có đặc tính kết tinh khi gặp lạnh, tạo thành khối mịn màu vàng kem. Hợp tác xã khuấy và đóng hũ khi mật bắt đầu kết tinh để được kết cấu mềm như bơ. Thích hợp phết bánh mì hoặc ăn kèm sữa chua.",
      description_en:
        "Mint-flower honey naturally crystallises in the cold into a smooth, creamy mass. The cooperative stirs and jars it as crystallisation begins, giving a soft, butter-like texture. Perfect on bread or with yoghurt.",
      category: "mat-ong",
      ...WEIGHT,
      variants: [variant("350 g", "MV-KETTINH-350", 190000, 45, 520)],
    },
    {
      handle: "phan-hoa-bac-ha-meo-vac",
      title_vi: "Phấn hoa bạc hà",
      title_en: "Mint-flower bee pollen",
      subtitle_vi: "Phấn hoa ong nội, sấy lạnh",
      subtitle_en: "Native-bee pollen, cold-dried",
      description_vi:
        "Phấn hoa được thu bằng cửa lấy phấn gắn trước tổ trong mùa hoa bạc hà, sau đó nhặt sạch và sấy lạnh. Hạt phấn nhiều màu, vị ngọt bùi. Dùng rắc lên ngũ cốc, sinh tố hoặc sữa chua.",
      description_en:
        "The pollen is collected with traps fitted to the hive entrances during the mint bloom, then cleaned and cold-dried. The granules are multicoloured with a sweet, nutty taste. Sprinkle it on cereal, smoothies or yoghurt.",
      category: "mat-ong",
      ...WEIGHT,
      variants: [
        variant("200 g", "MV-PHANHOA-200", 150000, 42, 260),
        variant("500 g", "MV-PHANHOA-500", 350000, 18, 580),
      ],
    },
    {
      handle: "hop-qua-mat-ong-bac-ha",
      title_vi: "Hộp quà mật ong bạc hà",
      title_en: "Mint-flower honey gift set",
      subtitle_vi: "Hai chai mật trong hộp vải lanh",
      subtitle_en: "Two bottles in a hemp-linen case",
      description_vi:
        "Bộ quà gồm hai chai mật ong bạc hà Mèo Vạc 250 ml, đặt trong hộp bọc vải lanh do phụ nữ H'Mông dệt. Món quà mang hương vị và nét văn hóa của cao nguyên đá. Có kèm túi xách giấy.",
      description_en:
        "Two 250 ml bottles of Mèo Vạc mint-flower honey in a box covered with linen woven by H'Mông women. A gift that carries both the taste and the culture of the karst plateau. Comes with a paper carrier bag.",
      category: "mat-ong",
      ...PACK,
      variants: [
        variant("Hộp 2 chai", "MV-HOPQUA-2", 350000, 40, 1100),
        variant("Hộp quà 2 hộp", "MV-HOPQUA-4", 680000, 12, 2200),
      ],
    },
    {
      handle: "son-duong-sap-ong-meo-vac",
      title_vi: "Son dưỡng môi sáp ong",
      title_en: "Beeswax lip balm",
      subtitle_vi: "Sáp ong nội và dầu dừa",
      subtitle_en: "Native beeswax and coconut oil",
      description_vi:
        "Son dưỡng được làm từ sáp ong nội đã lọc sạch, dầu dừa và một chút mật ong bạc hà. Son mềm, giữ ẩm cho môi trong những ngày gió lạnh. Không chứa màu và hương liệu tổng hợp.",
      description_en:
        "Made from cleaned native beeswax, coconut oil and a touch of mint-flower honey. The balm is soft and keeps lips moist through cold, windy days. Free from synthetic colours and fragrances.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...PACK,
      variants: [
        variant("1 thỏi", "MV-SON-1", 45000, 220, 20),
        variant("Bộ 3 thỏi", "MV-SON-3", 120000, 90, 60),
      ],
    },
    {
      handle: "nen-sap-ong-meo-vac",
      title_vi: "Nến sáp ong nguyên chất",
      title_en: "Pure beeswax candle",
      subtitle_vi: "Nến đổ khuôn thủ công, bấc cotton",
      subtitle_en: "Hand-poured, cotton wick",
      description_vi:
        "Sáp ong còn lại sau mỗi mùa quay mật được nấu chảy, lọc nhiều lần và đổ khuôn thành nến. Nến cháy chậm, ít khói và tỏa mùi mật ong dịu. Cắt bấc còn khoảng 5 mm trước mỗi lần thắp.",
      description_en:
        "Wax left after each honey harvest is melted, filtered several times and poured into moulds. The candles burn slowly with little smoke and a soft honey scent. Trim the wick to about 5 mm before each lighting.",
      category: "thu-cong-my-nghe",
      ...SIZE,
      variants: [
        variant("Nhỏ", "MV-NEN-S", 60000, 75, 120),
        variant("Lớn", "MV-NEN-L", 110000, 30, 260),
      ],
    },
  ],
}
