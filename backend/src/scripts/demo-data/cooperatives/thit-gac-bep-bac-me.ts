import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Smoked and dried meat cooperative of Bắc Mê. */
export const thitGacBepBacMe: DemoCooperative = {
  handle: "htx-thit-gac-bep-bac-me",
  name: "Hợp tác xã Thực phẩm gác bếp Bắc Mê",
  short_name: "HTX Gác bếp Bắc Mê",
  kind: "cooperative",
  registration_number: "5001784053",
  founded_on: "2016-11-28",
  legal_representative: "Nông Văn Quyết",
  phone: "0944 172 386",
  email: "lienhe@gacbepbacme.vn",
  street: "Thôn Bản Tàn",
  commune: "Xã Bắc Mê",
  province: "Tuyên Quang",
  member_count: 22,
  sectors: ["thịt gác bếp", "chăn nuôi", "chế biến thực phẩm"],
  description_vi:
    "Hợp tác xã của người Tày ở Bắc Mê chuyên chế biến thịt trâu, thịt lợn và lạp sườn theo cách gác bếp truyền thống. Nguyên liệu lấy từ trâu, bò, lợn đen do thành viên chăn thả, được kiểm dịch trước khi giết mổ. Xưởng chế biến dùng buồng hun khói bằng củi nhãn khô thay cho gác bếp trong nhà.",
  description_en:
    "A Tày cooperative in Bắc Mê that makes buffalo meat, pork and sausages in the traditional kitchen-rafter smoking style. The meat comes from buffalo, cattle and black pigs raised by members and inspected before slaughter. The workshop uses smoking chambers fired with dry longan wood instead of the rafters above a home hearth.",
  products: [
    {
      handle: "thit-trau-gac-bep-bac-me",
      title_vi: "Thịt trâu gác bếp",
      title_en: "Smoked buffalo jerky",
      subtitle_vi: "Thớ thịt dai, thơm mùi khói và mắc khén",
      subtitle_en: "Chewy strips, smoky and peppery",
      description_vi:
        "Thịt bắp trâu được lọc gân, thái dọc thớ, ướp gừng, ớt, tỏi và hạt mắc khén rồi treo hun khói nhiều ngày. Khi ăn, hấp hoặc nướng lại, xé nhỏ và chấm tương ớt. Món nhắm quen thuộc khi tiếp khách của người vùng cao.",
      description_en:
        "Buffalo shank is trimmed, cut along the grain, marinated with ginger, chilli, garlic and mắc khén pepper and smoked for several days. To serve, steam or grill, tear into shreds and dip in chilli sauce. The classic dish highland families offer guests.",
      category: "thit-say-dac-san",
      ...WEIGHT,
      variants: [
        variant("250 g", "BM-TRAU-250", 230000, 90, 290),
        variant("500 g", "BM-TRAU-500", 450000, 45, 560),
      ],
    },
    {
      handle: "thit-lon-gac-bep-bac-me",
      title_vi: "Thịt lợn đen gác bếp",
      title_en: "Smoked black pork",
      subtitle_vi: "Lợn đen thả rông, ba chỉ hun khói",
      subtitle_en: "Free-range black pig belly, smoked",
      description_vi:
        "Thịt ba chỉ lợn đen được ướp muối, rượu ngô và gia vị rồi hun khói đến khi lớp mỡ trong và da vàng sậm. Thái lát mỏng, xào tỏi, xào măng hoặc hấp cơm. Bảo quản ngăn đá được 6 tháng.",
      description_en:
        "Black-pig belly is cured with salt, corn spirit and spices, then smoked until the fat turns translucent and the rind deep gold. Slice thinly and stir-fry with garlic or bamboo shoots, or steam with rice. Keeps 6 months in the freezer.",
      category: "thit-say-dac-san",
      ...WEIGHT,
      variants: [variant("500 g", "BM-LONDEN-500", 320000, 40, 560)],
    },
    {
      handle: "thit-bo-kho-xe-soi-bac-me",
      title_vi: "Thịt bò khô xé sợi",
      title_en: "Shredded dried beef",
      subtitle_vi: "Bò vàng vùng cao, ăn liền",
      subtitle_en: "Highland yellow cattle, ready to eat",
      description_vi:
        "Thịt bò vàng được luộc, xé sợi, rim với sả, ớt và sấy khô. Sợi bò dai mềm, cay nhẹ. Ăn liền hoặc trộn gỏi đu đủ.",
      description_en:
        "Yellow-cattle beef is boiled, shredded, simmered with lemongrass and chilli and then dried. The strands are tender-chewy and mildly spicy. Eat straight from the bag or toss into green papaya salad.",
      category: "thit-say-dac-san",
      ...WEIGHT,
      variants: [
        variant("200 g", "BM-BOKHO-200", 160000, 75, 240),
        variant("500 g", "BM-BOKHO-500", 380000, 20, 560),
      ],
    },
    {
      handle: "lap-suon-hun-khoi-bac-me",
      title_vi: "Lạp sườn hun khói",
      title_en: "Smoked pork sausage",
      subtitle_vi: "Lạp sườn gác bếp của người Tày",
      subtitle_en: "Tày kitchen-smoked sausage",
      description_vi:
        "Thịt nạc vai và mỡ lưng lợn đen được thái hạt lựu, ướp rượu, đường và hạt tiêu, nhồi ruột rồi phơi nắng và hun khói. Lạp sườn có màu đỏ nâu, thơm mùi khói củi. Rán nhỏ lửa hoặc hấp chín.",
      description_en:
        "Black-pig shoulder and back fat are diced, seasoned with spirit, sugar and pepper, stuffed into casings, sun-dried and smoked. The sausages are reddish brown and smell of wood smoke. Pan-fry gently or steam.",
      category: "thit-say-dac-san",
      ...WEIGHT,
      variants: [
        variant("500 g", "BM-LAPSUON-500", 190000, 110, 560),
        variant("1 kg", "BM-LAPSUON-1KG", 370000, 35, 1080),
      ],
    },
    {
      handle: "xuc-xich-lon-ban-bac-me",
      title_vi: "Xúc xích lợn bản",
      title_en: "Local-breed pork sausages",
      subtitle_vi: "Xúc xích hấp chín, nướng là ăn",
      subtitle_en: "Pre-cooked, just grill and eat",
      description_vi:
        "Xúc xích được làm từ thịt lợn bản xay, trộn lá mắc mật và hạt dổi, hấp chín rồi hút chân không. Nướng trên than hoặc áp chảo vài phút là dùng được. Bảo quản ngăn mát 10 ngày.",
      description_en:
        "Made from minced local-breed pork mixed with mắc mật leaves and dổi seeds, steamed and vacuum-packed. A few minutes on the grill or in a pan and they are ready. Keeps 10 days in the fridge.",
      category: "thit-say-dac-san",
      ...WEIGHT,
      variants: [variant("500 g", "BM-XUCXICH-500", 170000, 5, 560)],
    },
    {
      handle: "chan-gio-hun-khoi-bac-me",
      title_vi: "Chân giò hun khói",
      title_en: "Smoked pork hock",
      subtitle_vi: "Chân giò lợn đen, nấu măng rất hợp",
      subtitle_en: "Black-pig hock, perfect with bamboo shoots",
      description_vi:
        "Chân giò lợn đen được làm sạch, ướp muối gừng và hun khói cho đến khi da căng bóng. Món này thường được hầm với măng khô trong mâm cỗ Tết của người Tày. Mỗi chiếc khoảng 1 kg.",
      description_en:
        "A black-pig hock, cleaned, cured with salt and ginger and smoked until the skin is taut and glossy. It is usually braised with dried bamboo shoots for the Tày Tết feast. Each hock weighs about 1 kg.",
      category: "thit-say-dac-san",
      ...PACK,
      variants: [variant("1 chiếc", "BM-CHANGIO-1", 220000, 24, 1100)],
    },
  ],
}
