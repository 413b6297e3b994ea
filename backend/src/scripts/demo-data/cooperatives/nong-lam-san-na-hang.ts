import type { DemoCooperative } from "../types"
import { WEIGHT, variant } from "./helpers"

/** Forest produce and lake fish cooperative of Nà Hang. */
export const nongLamSanNaHang: DemoCooperative = {
  handle: "htx-nong-lam-san-na-hang",
  name: "Hợp tác xã Nông lâm sản Nà Hang",
  short_name: "HTX Nông lâm sản Nà Hang",
  kind: "cooperative",
  registration_number: "5001126093",
  founded_on: "2015-10-06",
  legal_representative: "Triệu Văn Lâm",
  phone: "0917 634 085",
  email: "lienhe@nonglamsannahang.vn",
  street: "Thôn Bản Lằn",
  commune: "Xã Nà Hang",
  province: "Tuyên Quang",
  member_count: 58,
  sectors: ["măng khô", "nấm rừng", "cá lòng hồ"],
  description_vi:
    "Hợp tác xã của người Tày, người Dao sống quanh lòng hồ Na Hang. Thành viên khai thác măng, nấm hương và mộc nhĩ theo mùa dưới tán rừng trồng và rừng được giao khoán, đồng thời nuôi cá lồng trên hồ. Sản phẩm được phơi, sấy tại xưởng chung của hợp tác xã.",
  description_en:
    "A cooperative of Tày and Dao families living around the Na Hang reservoir. Members harvest bamboo shoots, shiitake and wood ear in season from plantation forest and forest under their care, and raise fish in cages on the lake. Everything is sun- or kiln-dried at the cooperative's shared workshop.",
  products: [
    {
      handle: "mang-kho-na-hang",
      title_vi: "Măng khô Nà Hang",
      title_en: "Nà Hang dried bamboo shoots",
      subtitle_vi: "Măng vầu phơi nắng, màu vàng nâu",
      subtitle_en: "Sun-dried giant bamboo shoots, golden brown",
      description_vi:
        "Măng vầu được bẻ vào tháng 5, tháng 6, luộc chín rồi phơi nắng và sấy khói bếp cho đến khi khô cứng. Măng khô dày, màu vàng nâu, thơm mùi khói. Ngâm nước vo gạo một đêm, luộc kỹ trước khi nấu với chân giò hoặc vịt.",
      description_en:
        "Giant bamboo shoots are cut in May and June, boiled, then sun-dried and smoked over the kitchen fire until hard. The dried shoots are thick, golden brown and smoky. Soak overnight in rice-rinsing water and boil well before cooking with pork hock or duck.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [
        variant("500 g", "NH-MANGKHO-500", 160000, 180, 540),
        variant("1 kg", "NH-MANGKHO-1000", 300000, 75, 1060),
      ],
    },
    {
      handle: "mang-nua-xe-soi-na-hang",
      title_vi: "Măng nứa khô xé sợi",
      title_en: "Shredded dried nứa bamboo shoots",
      subtitle_vi: "Măng nứa nhỏ, xé sợi sẵn",
      subtitle_en: "Slender shoots, ready shredded",
      description_vi:
        "Măng nứa rừng được luộc, xé sợi nhỏ rồi phơi khô dưới nắng. Sợi măng mỏng, nhanh mềm, thích hợp nấu canh, xào hoặc nấu bún măng. Ngâm nước ấm khoảng 2 tiếng trước khi dùng.",
      description_en:
        "Forest nứa bamboo shoots are boiled, shredded and dried in the sun. The thin strips soften quickly and are ideal in soups, stir-fries or bamboo-shoot noodle soup. Soak in warm water for about 2 hours before use.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [variant("500 g", "NH-MANGNUA-500", 120000, 95, 540)],
    },
    {
      handle: "nam-huong-rung-na-hang",
      title_vi: "Nấm hương rừng Nà Hang",
      title_en: "Nà Hang wild shiitake",
      subtitle_vi: "Mũ nấm dày, nứt hoa, thơm đậm",
      subtitle_en: "Thick, crackled caps with deep aroma",
      description_vi:
        "Nấm hương mọc trên thân gỗ mục dưới tán rừng vào mùa xuân, được hái khi mũ vừa nở và sấy bằng lò than. Mũ nấm dày, chân ngắn, mùi thơm đậm. Ngâm nước ấm 30 phút trước khi nấu canh, xào hoặc hầm.",
      description_en:
        "The shiitake grow on rotting logs under the forest canopy in spring; they are picked as the caps open and dried in a charcoal kiln. The caps are thick with short stems and a deep aroma. Soak in warm water for 30 minutes before adding to soups, stir-fries or stews.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [
        variant("200 g", "NH-NAMHUONG-200", 150000, 110, 230),
        variant("500 g", "NH-NAMHUONG-500", 360000, 40, 540),
      ],
    },
    {
      handle: "moc-nhi-rung-na-hang",
      title_vi: "Mộc nhĩ rừng",
      title_en: "Wild wood ear mushrooms",
      subtitle_vi: "Mộc nhĩ tai mèo, sấy khô",
      subtitle_en: "Cat's-ear wood ear, dried",
      description_vi:
        "Mộc nhĩ được hái trên cây gỗ mục trong rừng sau những trận mưa đầu mùa, rửa sạch và phơi khô. Tai mộc nhĩ dày, giòn khi nấu. Dùng làm nem, nấu canh hoặc xào thập cẩm.",
      description_en:
        "Wood ear is gathered from rotting trees in the forest after the first rains of the season, washed and dried. The ears are thick and stay crunchy when cooked. Use in spring rolls, soups or mixed stir-fries.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [
        variant("200 g", "NH-MOCNHI-200", 55000, 140, 230),
        variant("500 g", "NH-MOCNHI-500", 125000, 60, 540),
      ],
    },
    {
      handle: "ca-lang-mot-nang-na-hang",
      title_vi: "Cá lăng hồ Na Hang một nắng",
      title_en: "Sun-cured Na Hang lake catfish",
      subtitle_vi: "Cá lăng lồng, phơi một nắng",
      subtitle_en: "Cage-raised, cured for one day in the sun",
      description_vi:
        "Cá lăng nuôi lồng trên lòng hồ Na Hang được làm sạch, mổ bướm, ướp muối nhạt và phơi một nắng. Thịt cá trắng, chắc và ngọt. Rán vàng hoặc nướng than, chấm tương ớt.",
      description_en:
        "Lăng catfish raised in cages on the Na Hang lake are cleaned, butterflied, lightly salted and dried for a single day in the sun. The flesh is white, firm and sweet. Pan-fry until golden or grill over charcoal and serve with chilli sauce.",
      category: "thit-say-dac-san",
      ...WEIGHT,
      variants: [
        variant("500 g", "NH-CALANG-500", 230000, 30, 600),
        variant("1 kg", "NH-CALANG-1000", 440000, 4, 1150),
      ],
    },
    {
      handle: "ca-suoi-nuong-gac-bep-na-hang",
      title_vi: "Cá suối nướng gác bếp",
      title_en: "Smoked stream fish",
      subtitle_vi: "Cá nhỏ kẹp tre, hun khói bếp",
      subtitle_en: "Small fish clamped in bamboo, fire-smoked",
      description_vi:
        "Cá suối nhỏ được kẹp vào thanh tre, nướng rồi gác trên bếp củi cho khô và thấm khói. Cá giòn, thơm, ăn được cả xương. Rang lại với lá chanh hoặc nấu canh chua măng.",
      description_en:
        "Small stream fish are clamped between bamboo sticks, grilled and then hung above the wood fire to dry and take on the smoke. They are crisp and fragrant, bones and all. Toss in a pan with lime leaves or cook in a sour bamboo-shoot soup.",
      category: "thit-say-dac-san",
      ...WEIGHT,
      variants: [variant("300 g", "NH-CASUOI-300", 150000, 22, 360)],
    },
  ],
}
