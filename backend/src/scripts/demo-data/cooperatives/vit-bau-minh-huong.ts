import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Bầu duck farmers' cooperative of the Minh Hương area. */
export const vitBauMinhHuong: DemoCooperative = {
  handle: "htx-vit-bau-minh-huong",
  name: "Hợp tác xã Chăn nuôi vịt bầu Minh Hương",
  short_name: "HTX Vịt bầu Minh Hương",
  kind: "cooperative",
  registration_number: "5001034627",
  founded_on: "2019-05-10",
  legal_representative: "Lương Văn Đức",
  phone: "0976 508 213",
  email: "lienhe@vitbauminhhuong.vn",
  street: "Thôn 6",
  commune: "Xã Bình Xa",
  province: "Tuyên Quang",
  member_count: 33,
  sectors: ["vịt bầu", "chăn nuôi", "chế biến thực phẩm"],
  description_vi:
    "Hợp tác xã nuôi giống vịt bầu Minh Hương, giống vịt bản địa nổi tiếng của vùng Hàm Yên. Vịt được thả trên suối và ruộng sau mùa gặt, ăn thóc và ngô, nuôi từ bốn tháng trở lên nên thịt săn và thơm. Hợp tác xã có khu giết mổ và chế biến riêng, đóng gói hút chân không và bảo quản lạnh.",
  description_en:
    "The cooperative raises the Minh Hương bầu duck, the renowned native breed of the Hàm Yên area. The ducks roam streams and harvested paddies, eat paddy and corn and are raised for at least four months, so the meat is firm and fragrant. The cooperative has its own slaughter and processing unit, with vacuum packing and cold storage.",
  products: [
    {
      handle: "vit-bau-minh-huong",
      title_vi: "Vịt bầu Minh Hương làm sẵn",
      title_en: "Minh Hương bầu duck, oven-ready",
      subtitle_vi: "Nguyên con 1,6–2 kg, ướp lạnh",
      subtitle_en: "Whole bird, 1.6–2 kg, chilled",
      description_vi:
        "Vịt bầu Minh Hương có thân ngắn, ức đầy, da mỏng và thịt chắc ngọt. Vịt được làm sạch, hút chân không và giao lạnh trong ngày. Phù hợp luộc chấm muối gừng, nấu măng hoặc quay.",
      description_en:
        "The Minh Hương bầu duck has a short body, a full breast, thin skin and firm, sweet meat. Each bird is cleaned, vacuum-sealed and delivered chilled the same day. Excellent boiled with ginger salt, braised with bamboo shoots or roasted.",
      category: "thit-say-dac-san",
      ...PACK,
      variants: [
        variant("1 con", "MH-VIT-1", 250000, 40, 2100),
        variant("2 con", "MH-VIT-2", 480000, 15, 4200),
      ],
    },
    {
      handle: "vit-bau-hun-khoi-minh-huong",
      title_vi: "Vịt bầu hun khói",
      title_en: "Smoked bầu duck",
      subtitle_vi: "Hun khói củi nhãn, ăn liền",
      subtitle_en: "Longan-wood smoked, ready to eat",
      description_vi:
        "Vịt bầu được ướp muối, gừng, tiêu rừng rồi hun khói củi nhãn nhiều giờ cho đến khi da vàng sậm. Thịt dai nhẹ, thơm mùi khói. Hấp nóng 15 phút, chặt miếng vừa ăn.",
      description_en:
        "The duck is cured with salt, ginger and wild pepper, then smoked over longan wood for several hours until the skin turns deep gold. The meat is pleasantly chewy with a smoky aroma. Steam for 15 minutes and cut into pieces.",
      category: "thit-say-dac-san",
      ...PACK,
      variants: [variant("1 con", "MH-VITHUN-1", 320000, 12, 1500)],
    },
    {
      handle: "vit-quay-la-mac-mat-minh-huong",
      title_vi: "Vịt bầu quay lá mắc mật",
      title_en: "Bầu duck roasted with mắc mật leaves",
      subtitle_vi: "Nhồi lá mắc mật, quay than hoa",
      subtitle_en: "Stuffed with mắc mật leaves, charcoal-roasted",
      description_vi:
        "Bụng vịt được nhồi lá mắc mật, hành khô và gia vị rồi quay trên than hoa, vừa quay vừa phết mật ong. Da giòn, thịt ngấm mùi lá thơm đặc trưng của vùng núi phía Bắc. Hâm lại bằng nồi chiên không dầu 10 phút.",
      description_en:
        "The duck is stuffed with mắc mật leaves, shallots and spices and roasted over charcoal while being basted with honey. The skin is crisp and the meat soaks up the distinctive aroma of the northern mountain leaf. Reheat in an air fryer for 10 minutes.",
      category: "thit-say-dac-san",
      ...PACK,
      variants: [
        variant("Nửa con", "MH-VITQUAY-HALF", 180000, 20, 900),
        variant("1 con", "MH-VITQUAY-1", 340000, 10, 1700),
      ],
    },
    {
      handle: "trung-vit-bau-minh-huong",
      title_vi: "Trứng vịt bầu",
      title_en: "Bầu duck eggs",
      subtitle_vi: "Trứng thả vườn, lòng đỏ đậm",
      subtitle_en: "Free-range, deep orange yolks",
      description_vi:
        "Trứng được nhặt hằng ngày từ đàn vịt bầu thả suối, lau sạch và xếp khay giấy. Lòng đỏ to, màu cam đậm, béo ngậy. Bảo quản ngăn mát, dùng trong 3 tuần.",
      description_en:
        "Eggs are collected every day from the stream-roaming bầu ducks, wiped clean and packed in paper trays. The yolks are large, deep orange and rich. Keep refrigerated and use within 3 weeks.",
      category: "thit-say-dac-san",
      ...PACK,
      variants: [
        variant("Hộp 10 quả", "MH-TRUNG-10", 45000, 160, 800),
        variant("Khay 30 quả", "MH-TRUNG-30", 130000, 50, 2300),
      ],
    },
    {
      handle: "lap-xuong-vit-bau-minh-huong",
      title_vi: "Lạp xưởng vịt bầu",
      title_en: "Bầu duck sausage",
      subtitle_vi: "Thịt vịt xay, phơi nắng và gác bếp",
      subtitle_en: "Minced duck, sun-dried and smoked",
      description_vi:
        "Thịt vịt bầu và một phần mỡ lợn được xay, ướp rượu ngô, gừng và đường, nhồi vào ruột rồi phơi nắng, gác bếp. Lạp xưởng thơm, vị ngọt đậm và ít ngấy hơn lạp xưởng thông thường. Chiên nhỏ lửa hoặc hấp cơm.",
      description_en:
        "Bầu duck meat with a little pork fat is minced, seasoned with corn spirit, ginger and sugar, stuffed into casings, sun-dried and smoked over the kitchen fire. The sausages are fragrant, richly sweet and less fatty than usual. Pan-fry gently or steam with rice.",
      category: "thit-say-dac-san",
      ...WEIGHT,
      variants: [variant("500 g", "MH-LAPXUONG-500", 180000, 35, 560)],
    },
    {
      handle: "mang-chua-ham-yen",
      title_vi: "Măng chua ngâm ớt",
      title_en: "Pickled bamboo shoots with chilli",
      subtitle_vi: "Măng tre rừng muối chua",
      subtitle_en: "Soured forest bamboo shoots",
      description_vi:
        "Măng tre hái đầu mùa mưa được thái lát, ngâm nước muối và ớt tươi trong chum khoảng hai tuần. Măng giòn, chua dịu, dùng nấu canh vịt, xào thịt hoặc ăn kèm. Bảo quản ngăn mát sau khi mở.",
      description_en:
        "Bamboo shoots picked at the start of the rainy season are sliced and soured in brine with fresh chilli in jars for about two weeks. They are crunchy and gently sour, perfect in duck soup, stir-fries or as a side. Refrigerate after opening.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [variant("500 g", "MH-MANGCHUA-500", 55000, 80, 750)],
    },
  ],
}
