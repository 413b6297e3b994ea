import type { DemoCooperative } from "../types"
import { PACK, WEIGHT, variant } from "./helpers"

/** Shan tuyết tea cooperative of Lũng Phìn on the Đồng Văn plateau. */
export const cheShanTuyetLungPhin: DemoCooperative = {
  handle: "htx-che-shan-tuyet-lung-phin",
  name: "Hợp tác xã Chè Shan tuyết Lũng Phìn",
  short_name: "HTX Chè Lũng Phìn",
  kind: "cooperative",
  registration_number: "5000815623",
  founded_on: "2016-04-12",
  legal_representative: "Vàng Mí Chứ",
  phone: "0912 486 357",
  email: "lienhe@cheshanlungphin.vn",
  street: "Thôn Lũng Phìn",
  commune: "Xã Lũng Phìn",
  province: "Tuyên Quang",
  member_count: 38,
  sectors: ["chè", "mật ong", "tam giác mạch"],
  description_vi:
    "Hợp tác xã gồm các hộ người H'Mông chăm sóc những vườn chè Shan tuyết trên cao nguyên đá Đồng Văn. Búp chè được hái tay vào sáng sớm và sao, vò trong ngày tại xưởng của hợp tác xã. Ngoài chè, các thành viên nuôi ong lấy mật hoa bạc hà và trồng tam giác mạch.",
  description_en:
    "A cooperative of H'Mông households who tend Shan tuyết tea gardens on the Đồng Văn karst plateau. The buds are hand-picked in the early morning and pan-fired and rolled the same day in the cooperative's workshop. Besides tea, members keep bees for mint-flower honey and grow buckwheat.",
  products: [
    {
      handle: "che-shan-tuyet-lung-phin",
      title_vi: "Chè Shan tuyết Lũng Phìn",
      title_en: "Lũng Phìn Shan tuyết tea",
      subtitle_vi: "Búp chè một tôm hai lá, sao tay",
      subtitle_en: "One bud and two leaves, hand-fired",
      description_vi:
        "Chè được hái từ những cây Shan tuyết mọc trên núi đá ở độ cao trên 1.200 m, búp phủ lớp lông tơ trắng như tuyết. Búp chè được sao trên chảo gang và vò bằng tay, cho nước vàng sáng, vị chát nhẹ và hậu ngọt kéo dài. Pha với nước sôi khoảng 90 °C, hãm 2–3 phút.",
      description_en:
        "Picked from Shan tuyết trees growing on the limestone mountains above 1,200 m, with buds covered in snow-white down. The leaves are fired in a cast-iron pan and rolled by hand, giving a bright yellow liquor, a gentle astringency and a long sweet finish. Brew with water at about 90 °C for 2–3 minutes.",
      category: "che",
      ...WEIGHT,
      variants: [
        variant("100 g", "LP-SHAN-100", 135000, 140, 130),
        variant("200 g", "LP-SHAN-200", 250000, 96, 250),
        variant("500 g", "LP-SHAN-500", 590000, 7, 580),
      ],
    },
    {
      handle: "hong-tra-shan-tuyet-lung-phin",
      title_vi: "Hồng trà Shan tuyết Lũng Phìn",
      title_en: "Lũng Phìn Shan tuyết black tea",
      subtitle_vi: "Lên men tự nhiên, hương mật ong",
      subtitle_en: "Naturally oxidised, honeyed aroma",
      description_vi:
        "Hồng trà được làm từ búp Shan tuyết Lũng Phìn, ủ lên men tự nhiên rồi sấy bằng than củi. Nước trà màu đỏ hổ phách, thơm mùi mật ong và quả chín. Có thể uống nóng hoặc pha lạnh.",
      description_en:
        "This black tea is made from Lũng Phìn Shan tuyết buds, left to oxidise naturally and then dried over charcoal. The liquor is amber red with aromas of honey and ripe fruit. Enjoy it hot or cold-brewed.",
      category: "che",
      ...WEIGHT,
      variants: [
        variant("100 g", "LP-HONGTRA-100", 160000, 85, 130),
        variant("250 g", "LP-HONGTRA-250", 375000, 42, 300),
      ],
    },
    {
      handle: "bach-tra-shan-tuyet-lung-phin",
      title_vi: "Bạch trà Shan tuyết Lũng Phìn",
      title_en: "Lũng Phìn Shan tuyết white tea",
      subtitle_vi: "Chỉ lấy búp non, phơi héo tự nhiên",
      subtitle_en: "Young buds only, naturally withered",
      description_vi:
        "Bạch trà chỉ dùng búp non phủ lông tơ trắng, hái vào đầu vụ xuân. Búp được làm héo trong bóng râm và sấy nhẹ, không sao, không vò. Nước trà trong, vị thanh và ngọt dịu.",
      description_en:
        "This white tea uses only the young downy buds picked at the start of the spring harvest. The buds are withered in the shade and dried gently, without firing or rolling. The liquor is clear, light and softly sweet.",
      category: "che",
      ...WEIGHT,
      variants: [
        variant("50 g", "LP-BACHTRA-50", 210000, 30, 90),
        variant("100 g", "LP-BACHTRA-100", 400000, 4, 150),
      ],
    },
    {
      handle: "che-banh-shan-tuyet-lung-phin",
      title_vi: "Chè bánh Shan tuyết ép tròn",
      title_en: "Pressed Shan tuyết tea cake",
      subtitle_vi: "Bánh chè 357 g gói giấy dó",
      subtitle_en: "357 g tea cake wrapped in dó paper",
      description_vi:
        "Chè Shan tuyết Lũng Phìn được hấp mềm rồi ép thành bánh tròn, gói trong giấy dó. Chè bánh càng để lâu càng dịu và sâu vị. Bẻ khoảng 5–7 g cho mỗi ấm, tráng trà một lần trước khi pha.",
      description_en:
        "Lũng Phìn Shan tuyết leaves are steamed soft and pressed into a round cake wrapped in dó paper. The tea mellows and deepens as it ages. Break off 5–7 g per pot and rinse the leaves once before brewing.",
      category: "che",
      ...PACK,
      variants: [variant("Bánh 357 g", "LP-CHEBANH-357", 450000, 24, 420)],
    },
    {
      handle: "hop-qua-che-shan-tuyet-lung-phin",
      title_vi: "Hộp quà chè Shan tuyết Lũng Phìn",
      title_en: "Lũng Phìn Shan tuyết tea gift box",
      subtitle_vi: "Chè xanh và hồng trà trong hộp gỗ",
      subtitle_en: "Green and black tea in a wooden box",
      description_vi:
        "Hộp gỗ thông gồm một túi chè Shan tuyết xanh và một túi hồng trà, mỗi túi 100 g. Hộp được khắc hoa văn H'Mông, thích hợp làm quà biếu dịp lễ, Tết.",
      description_en:
        "A pine box holding one bag of green Shan tuyết tea and one bag of black tea, 100 g each. The box is carved with H'Mông motifs and makes a fine gift for holidays and Tết.",
      category: "che",
      ...PACK,
      variants: [
        variant("Hộp 2 túi", "LP-HOPQUA-2", 420000, 35, 650),
        variant("Hộp quà 2 hộp", "LP-HOPQUA-4", 820000, 0, 1300),
      ],
    },
    {
      handle: "tra-tam-giac-mach-lung-phin",
      title_vi: "Trà hạt tam giác mạch rang",
      title_en: "Roasted buckwheat tea",
      subtitle_vi: "Hạt tam giác mạch rang thơm, không chứa caffeine",
      subtitle_en: "Fragrant roasted buckwheat, caffeine-free",
      description_vi:
        "Hạt tam giác mạch trồng trên nương đá Lũng Phìn được tách vỏ và rang chậm trên chảo gang. Nước trà vàng nâu, thơm mùi ngũ cốc rang. Hãm một thìa hạt với nước sôi trong 5 phút.",
      description_en:
        "Buckwheat grown in the stony fields of Lũng Phìn is hulled and slowly roasted in a cast-iron pan. The brew is golden brown and smells of toasted grain. Steep a spoonful of kernels in boiling water for 5 minutes.",
      category: "duoc-lieu-thao-moc",
      ...WEIGHT,
      variants: [
        variant("250 g", "LP-TRATGM-250", 95000, 120, 280),
        variant("500 g", "LP-TRATGM-500", 175000, 60, 540),
      ],
    },
    {
      handle: "mat-ong-bac-ha-lung-phin",
      title_vi: "Mật ong bạc hà Lũng Phìn",
      title_en: "Lũng Phìn mint-flower honey",
      subtitle_vi: "Mật ong hoa bạc hà vụ đông",
      subtitle_en: "Winter harvest of mint-flower honey",
      description_vi:
        "Ong nội được nuôi cạnh những triền hoa bạc hà dại nở vào tháng 10 đến tháng 12 trên cao nguyên đá. Mật có màu vàng sẫm, thơm mùi bạc hà và dễ kết tinh khi trời lạnh. Mật kết tinh vẫn giữ nguyên chất lượng.",
      description_en:
        "Native bees are kept beside slopes of wild mint that bloom from October to December on the karst plateau. The honey is deep gold, smells of mint and crystallises easily in cold weather. Crystallised honey keeps all its quality.",
      category: "mat-ong",
      ...WEIGHT,
      variants: [
        variant("500 g", "LP-MATONG-500", 280000, 48, 700),
        variant("1 kg", "LP-MATONG-1000", 520000, 22, 1300),
      ],
    },
  ],
}
