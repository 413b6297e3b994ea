import type { DemoCooperative } from "../types"
import { VOLUME, WEIGHT, variant } from "./helpers"

/** Forest honey and forest produce group of Thượng Lâm. */
export const matOngRungThuongLam: DemoCooperative = {
  handle: "tht-mat-ong-rung-thuong-lam",
  name: "Tổ hợp tác mật ong rừng Thượng Lâm",
  short_name: "THT Mật ong Thượng Lâm",
  kind: "cooperative_group",
  registration_number: "5002561840",
  founded_on: "2015-05-22",
  legal_representative: "Hà Văn Thảo",
  phone: "0822 746 105",
  email: "lienhe@matongthuonglam.vn",
  street: "Thôn Nà Liềng",
  commune: "Xã Thượng Lâm",
  province: "Tuyên Quang",
  member_count: 9,
  sectors: ["mật ong rừng", "lâm sản ngoài gỗ"],
  description_vi:
    "Tổ hợp tác gồm chín hộ người Tày sống ven rừng đặc dụng, nuôi ong nội trong đõ gỗ và khai thác mật ong rừng theo cách bền vững. Thành viên chỉ lấy một phần tổ, để lại nhộng và mật non cho đàn ong phục hồi. Ngoài mật ong, tổ thu gom nấm hương và hạt dẻ rừng theo mùa.",
  description_en:
    "A group of nine Tày households living at the edge of a protected forest, keeping native bees in log hives and harvesting wild honey sustainably. Members take only part of each comb, leaving the brood and young honey so the colony can recover. Besides honey, the group gathers shiitake and wild chestnuts in season.",
  products: [
    {
      handle: "mat-ong-rung-thuong-lam",
      title_vi: "Mật ong rừng Thượng Lâm",
      title_en: "Thượng Lâm forest honey",
      subtitle_vi: "Mật ong nội nuôi đõ gỗ ven rừng",
      subtitle_en: "From native bees in log hives at the forest edge",
      description_vi:
        "Đõ ong được đặt dưới mái hiên và trên các gốc cây ven rừng, ong tự lấy mật từ hàng trăm loài hoa rừng. Mật màu hổ phách sẫm, vị ngọt đậm xen chút chua nhẹ. Mỗi năm chỉ quay mật hai lần nên sản lượng có hạn.",
      description_en:
        "Log hives sit under the eaves and on tree stumps at the forest edge, where the bees forage on hundreds of wild flowers. The honey is dark amber, richly sweet with a slight tang. It is harvested only twice a year, so quantities are limited.",
      category: "mat-ong",
      ...VOLUME,
      variants: [
        variant("500 ml", "TL-MATONG-500", 260000, 36, 780),
        variant("1 l", "TL-MATONG-1000", 500000, 15, 1500),
      ],
    },
    {
      handle: "mat-ong-khoai-thuong-lam",
      title_vi: "Mật ong khoái",
      title_en: "Giant honeybee honey",
      subtitle_vi: "Mật từ tổ ong khoái trên cây cao",
      subtitle_en: "From giant honeybee combs high in the trees",
      description_vi:
        "Ong khoái làm tổ lộ thiên trên những cây cao trong rừng, người đi lấy mật phải trèo cây vào ban đêm. Mật loãng hơn mật ong nội, màu nâu đỏ, hương rừng rất đậm. Chỉ có vào mùa xuân.",
      description_en:
        "Giant honeybees build open combs high in the forest trees, and the honey hunters must climb up at night. The honey is thinner than native-bee honey, reddish brown and intensely foresty. Available in spring only.",
      category: "mat-ong",
      ...VOLUME,
      variants: [variant("500 ml", "TL-KHOAI-500", 350000, 0, 780)],
    },
    {
      handle: "gung-ngam-mat-ong-thuong-lam",
      title_vi: "Gừng ngâm mật ong",
      title_en: "Ginger in forest honey",
      subtitle_vi: "Gừng lát ngâm mật ong rừng",
      subtitle_en: "Sliced ginger steeped in forest honey",
      description_vi:
        "Gừng tươi thái lát mỏng được ngâm trong mật ong rừng ít nhất ba tuần cho đến khi gừng trong và mềm. Pha một thìa với nước ấm vào những ngày trời lạnh. Bảo quản nơi thoáng mát, đậy kín nắp.",
      description_en:
        "Thinly sliced fresh ginger is steeped in forest honey for at least three weeks until translucent and tender. Stir a spoonful into warm water on cold days. Store in a cool place with the lid tightly closed.",
      category: "mat-ong",
      ...WEIGHT,
      variants: [variant("350 g", "TL-GUNGMAT-350", 150000, 48, 520)],
    },
    {
      handle: "nam-huong-rung-thuong-lam",
      title_vi: "Nấm hương rừng Thượng Lâm",
      title_en: "Thượng Lâm wild shiitake",
      subtitle_vi: "Nấm hái tự nhiên, phơi nắng",
      subtitle_en: "Foraged and sun-dried",
      description_vi:
        "Nấm hương mọc tự nhiên trên thân cây dẻ mục sau những đợt mưa xuân, được hái và phơi nắng ngay tại nhà. Tai nấm nhỏ, mũ nâu sẫm, thơm đậm hơn nấm trồng. Ngâm nước ấm trước khi nấu.",
      description_en:
        "These shiitake grow naturally on fallen chestnut logs after the spring rains and are picked and sun-dried at home. The caps are small and dark brown, with a stronger aroma than cultivated mushrooms. Soak in warm water before cooking.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [variant("200 g", "TL-NAMHUONG-200", 140000, 25, 230)],
    },
    {
      handle: "hat-de-rung-thuong-lam",
      title_vi: "Hạt dẻ rừng",
      title_en: "Wild chestnuts",
      subtitle_vi: "Hạt dẻ nhỏ, bùi và ngọt",
      subtitle_en: "Small, nutty and sweet",
      description_vi:
        "Hạt dẻ được nhặt dưới tán rừng vào tháng 9, tháng 10, phơi se vỏ và tuyển hạt chắc. Hạt nhỏ nhưng bùi, ngọt hơn hạt dẻ trồng. Rang với cát hoặc luộc, hầm gà.",
      description_en:
        "The chestnuts are gathered under the forest canopy in September and October, dried until the shells firm up and sorted for sound nuts. They are small but nuttier and sweeter than cultivated chestnuts. Roast in sand, boil or braise with chicken.",
      category: "trai-cay-tuoi",
      ...WEIGHT,
      variants: [
        variant("1 kg", "TL-HATDE-1KG", 120000, 65, 1050),
        variant("2 kg", "TL-HATDE-2KG", 230000, 20, 2100),
      ],
    },
  ],
}
