import type { DemoCooperative } from "../types"
import { VOLUME, WEIGHT, variant } from "./helpers"

/** Black cardamom and spice cooperative of Xín Mần. */
export const giaViXinMan: DemoCooperative = {
  handle: "htx-gia-vi-xin-man",
  name: "Hợp tác xã Thảo quả và gia vị Xín Mần",
  short_name: "HTX Gia vị Xín Mần",
  kind: "cooperative",
  registration_number: "5002013687",
  founded_on: "2018-07-09",
  legal_representative: "Vương Văn Sử",
  phone: "0396 271 548",
  email: "lienhe@giavixinman.vn",
  street: "Tổ dân phố Cốc Pài",
  commune: "Xã Xín Mần",
  province: "Tuyên Quang",
  member_count: 53,
  sectors: ["thảo quả", "gia vị", "sơ chế nông sản"],
  description_vi:
    "Hợp tác xã của người Nùng và H'Mông trồng thảo quả dưới tán rừng già và trồng ớt, gừng, tỏi trên nương. Thảo quả được sấy bằng lò củi ngay tại thôn, các gia vị khác được sơ chế và đóng gói tại xưởng của hợp tác xã. Hợp tác xã cam kết không chặt phá rừng để mở rộng diện tích thảo quả.",
  description_en:
    "A cooperative of Nùng and H'Mông families who grow black cardamom under old forest and chilli, ginger and garlic in hillside fields. The cardamom is dried in wood-fired kilns in the villages; the other spices are prepared and packed at the cooperative's workshop. The cooperative is committed to never clearing forest to expand cardamom plantings.",
  products: [
    {
      handle: "thao-qua-kho-xin-man",
      title_vi: "Thảo quả khô Xín Mần",
      title_en: "Xín Mần black cardamom",
      subtitle_vi: "Quả to, sấy củi, thơm nồng",
      subtitle_en: "Large pods, wood-kiln dried, intensely aromatic",
      description_vi:
        "Thảo quả chín đỏ được hái vào tháng 10, tháng 11 và sấy trên lò củi đến khi vỏ nâu sẫm. Hạt bên trong thơm nồng, vị cay ấm. Nướng sơ rồi đập dập cho vào nồi nước dùng phở, các món hầm và kho.",
      description_en:
        "The red ripe pods are picked in October and November and dried over wood-fired kilns until the husks turn dark brown. The seeds inside are pungent with a warm spiciness. Toast briefly and crack open before adding to phở broth, stews and braises.",
      category: "gia-vi",
      ...WEIGHT,
      variants: [
        variant("200 g", "XM-THAOQUA-200", 60000, 200, 230),
        variant("500 g", "XM-THAOQUA-500", 140000, 90, 540),
      ],
    },
    {
      handle: "ot-bot-xin-man",
      title_vi: "Ớt bột nương",
      title_en: "Hill chilli powder",
      subtitle_vi: "Ớt nương phơi khô, xay mịn",
      subtitle_en: "Sun-dried hill chillies, finely ground",
      description_vi:
        "Ớt nương quả nhỏ được phơi khô dưới nắng rồi rang nhẹ và xay mịn. Bột ớt màu đỏ sẫm, thơm và rất cay. Dùng nêm món xào, làm muối chấm hoặc ướp thịt nướng.",
      description_en:
        "Small hill chillies are sun-dried, lightly toasted and finely ground. The powder is deep red, fragrant and very hot. Use it in stir-fries, dipping salts or barbecue marinades.",
      category: "gia-vi",
      ...WEIGHT,
      variants: [variant("200 g", "XM-OTBOT-200", 45000, 130, 230)],
    },
    {
      handle: "tuong-ot-xin-man",
      title_vi: "Tương ớt Xín Mần",
      title_en: "Xín Mần chilli sauce",
      subtitle_vi: "Ớt tươi, tỏi và gừng ủ chua tự nhiên",
      subtitle_en: "Fresh chilli, garlic and ginger, naturally fermented",
      description_vi:
        "Ớt tươi được xay cùng tỏi, gừng và muối rồi ủ lên men tự nhiên trong chum sành khoảng một tháng. Tương ớt sánh, cay nồng và hơi chua. Chấm thịt gác bếp, cá nướng hoặc nêm món ăn.",
      description_en:
        "Fresh chillies are ground with garlic, ginger and salt and fermented naturally in stoneware jars for about a month. The sauce is thick, fiery and slightly tangy. Serve with smoked meat or grilled fish, or use it to season dishes.",
      category: "gia-vi",
      ...VOLUME,
      variants: [
        variant("250 ml", "XM-TUONGOT-250", 35000, 180, 420),
        variant("500 ml", "XM-TUONGOT-500", 55000, 90, 760),
      ],
    },
    {
      handle: "gung-say-lat-xin-man",
      title_vi: "Gừng sấy lát",
      title_en: "Dried ginger slices",
      subtitle_vi: "Gừng trâu trồng nương, thái lát sấy khô",
      subtitle_en: "Hill-grown ginger, sliced and dried",
      description_vi:
        "Củ gừng trâu được rửa sạch, thái lát mỏng và sấy khô ở nhiệt độ thấp. Gừng cay ấm, thơm. Dùng pha trà gừng với mật ong, nấu chè hoặc nêm món hầm.",
      description_en:
        "Ginger roots are washed, thinly sliced and dried at a low temperature. The slices are warm, spicy and fragrant. Use them for ginger tea with honey, sweet soups or stews.",
      category: "gia-vi",
      ...WEIGHT,
      variants: [variant("200 g", "XM-GUNG-200", 70000, 85, 230)],
    },
    {
      handle: "muoi-thao-qua-xin-man",
      title_vi: "Muối chấm thảo quả",
      title_en: "Black cardamom dipping salt",
      subtitle_vi: "Muối rang, thảo quả, ớt và lá chanh",
      subtitle_en: "Toasted salt, cardamom, chilli and lime leaf",
      description_vi:
        "Muối hạt được rang khô, giã cùng thảo quả nướng, ớt nương và lá chanh. Muối có mùi thơm đặc biệt, chấm gà luộc, thịt nướng hoặc hoa quả. Đóng hũ thủy tinh nắp kín.",
      description_en:
        "Coarse salt is dry-toasted and pounded with roasted black cardamom, hill chilli and lime leaf. It has a distinctive fragrance and goes well with boiled chicken, grilled meat or fruit. Packed in a sealed glass jar.",
      category: "gia-vi",
      ...WEIGHT,
      variants: [variant("200 g", "XM-MUOI-200", 40000, 150, 380)],
    },
    {
      handle: "toi-tia-xin-man",
      title_vi: "Tỏi tía vùng cao",
      title_en: "Highland purple garlic",
      subtitle_vi: "Củ nhỏ, vỏ tía, cay thơm",
      subtitle_en: "Small purple-skinned bulbs, pungent",
      description_vi:
        "Tỏi tía được trồng trên nương vào mùa đông, thu hoạch và bện thành túm phơi trên gác bếp. Củ nhỏ, nhiều tép, mùi thơm và vị cay đậm hơn tỏi thường. Bảo quản nơi khô thoáng.",
      description_en:
        "Purple garlic is planted in the hillside fields in winter, then harvested and braided into bunches to dry above the hearth. The bulbs are small with many cloves and a stronger aroma and bite than ordinary garlic. Store somewhere dry and airy.",
      category: "gia-vi",
      ...WEIGHT,
      variants: [
        variant("500 g", "XM-TOITIA-500", 90000, 70, 530),
        variant("1 kg", "XM-TOITIA-1KG", 170000, 25, 1040),
      ],
    },
  ],
}
